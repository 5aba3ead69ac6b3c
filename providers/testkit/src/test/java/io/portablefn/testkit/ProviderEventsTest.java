package io.portablefn.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing provider-events folder is a skip for users and a failure for CI. The tests look in
 * folders of their own: the real candidates may hold the real folder.
 */
class ProviderEventsTest {

    private final String savedRequire = System.getProperty(ProviderEvents.REQUIRE_PROPERTY);

    @Test
    void aMissingFolderIsEmptyForUsers(@TempDir Path dir) {
        assertEquals(Optional.empty(), ProviderEvents.folder("aws", List.of(dir.resolve("absent")), false));
    }

    @Test
    void aMissingFolderFailsWhenCiRequiresIt(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProviderEvents.folder("aws", List.of(dir.resolve("absent")), true));
        assertTrue(e.getMessage().startsWith("No provider sample events for 'aws' in [" + dir.resolve("absent")),
                e.getMessage());
    }

    /** The build's ci profile passes the switch to the test JVM; this fails in CI if that wiring breaks. */
    @Test
    void ciRunsWithTheSwitchOn() {
        if ("true".equals(System.getenv("CI"))) {
            assertEquals("true", savedRequire, "CI=true must reach the tests as -D" + ProviderEvents.REQUIRE_PROPERTY
                    + "=true (the parent POM's ci profile)");
        }
    }

    @Test
    void aPresentFolderIsFoundEitherWay(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("gcp"));
        assertEquals(Optional.of(dir.resolve("gcp")), ProviderEvents.folder("gcp", List.of(dir), true));
        assertEquals(Optional.of(dir.resolve("gcp")), ProviderEvents.folder("gcp", List.of(dir), false));
    }
}
