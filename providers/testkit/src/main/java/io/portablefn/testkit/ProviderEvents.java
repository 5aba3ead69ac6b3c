package io.portablefn.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the providers' own sample events are ({@code ../shared/provider-events}, beside the
 * repository, as CI has them; or the folder named by the system property
 * {@code portablefn.providerEvents}). They are read, never copied into the project.
 *
 * <p>Where the folder is absent, tests that use it are skipped, and the first lookup prints a
 * line saying so. With {@value #REQUIRE_PROPERTY}{@code =true} (the build's {@code ci} profile
 * sets it when the environment has {@code CI=true}, as {@code .ci/run} does) an absent folder is
 * an error instead: portablefn's own CI must not pass with those tests silently skipped.
 */
public final class ProviderEvents {

    /** The system property that turns a missing folder into a failure. */
    public static final String REQUIRE_PROPERTY = "portablefn.requireProviderEvents";

    private static volatile boolean announced;

    private ProviderEvents() {
    }

    /**
     * The folder of one cloud's samples ({@code aws}, {@code azure}, {@code gcp}), if there is one.
     *
     * @throws IllegalStateException when there is none and {@value #REQUIRE_PROPERTY} is {@code true}
     */
    public static Optional<Path> folder(String cloud) {
        return folder(cloud, candidates(), Boolean.getBoolean(REQUIRE_PROPERTY));
    }

    static Optional<Path> folder(String cloud, List<Path> candidates, boolean required) {
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve(cloud))) {
                return Optional.of(candidate.resolve(cloud));
            }
        }
        if (required) {
            throw new IllegalStateException("No provider sample events for '" + cloud + "' in " + candidates + ", and "
                    + REQUIRE_PROPERTY + "=true (CI) requires them: put the folder at ../shared/provider-events"
                    + " beside the repository, or name it with -Dportablefn.providerEvents=DIR");
        }
        if (!announced) {
            announced = true;
            System.out.println("portablefn: no provider sample events in " + candidates + ": the tests that read"
                    + " them are skipped (CI requires them: " + REQUIRE_PROPERTY + "=true)");
        }
        return Optional.empty();
    }

    /** Where {@link #folder} looks, for the message of a skipped test. */
    public static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("portablefn.providerEvents");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        // A module's tests run in providers/<cloud>; the repository sits beside shared/.
        candidates.add(Path.of("").toAbsolutePath().resolve("../../../shared/provider-events").normalize());
        return candidates;
    }
}
