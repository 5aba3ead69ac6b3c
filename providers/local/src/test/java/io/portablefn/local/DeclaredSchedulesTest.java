package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.runtime.cron.Cron;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading each schedule's cron from the manifests the processor writes. */
class DeclaredSchedulesTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static Path manifest(Path root, String json) throws IOException {
        Path file = root.resolve(DeclaredSchedules.MANIFEST);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return root;
    }

    private static String function(String name, String trigger) {
        return "{\"name\":\"" + name + "\",\"class\":\"x.Y\",\"timeoutSeconds\":30,\"trigger\":" + trigger + ",\"entryPoints\":{}}";
    }

    private static Map<String, String> read(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            return DeclaredSchedules.read(loader).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().expression()));
        }
    }

    @Test
    void readsTheCronOfEveryScheduleFunctionOfEveryManifest() throws IOException {
        manifest(first, "{\"version\":1,\"functions\":[" + String.join(",",
                function("nightly", "{\"type\":\"schedule\",\"cron\":\"30 2 * * *\",\"eventBridge\":\"cron(30 2 * * ? *)\"}"),
                function("orders", "{\"type\":\"queue\",\"queue\":\"orders\"}"),
                function("greet", "{\"type\":\"http\",\"path\":\"/greet\",\"methods\":[\"GET\"]}")) + "]}");
        manifest(second, "{\"version\":1,\"functions\":[" + function("hourly", "{\"type\":\"schedule\",\"cron\":\"@hourly\"}") + "]}");

        assertEquals(Map.of("nightly", "30 2 * * *", "hourly", "@hourly"), read(first, second));
        assertEquals(Map.of(), read());
    }

    @Test
    void aDamagedManifestIsAnErrorNamingTheFileAndFunction() throws IOException {
        manifest(first, "{\"version\":1,\"functions\":[" + function("nightly", "{\"type\":\"schedule\",\"cron\":\"0 0 30 2 *\"}") + "]}");
        String message = assertThrows(IllegalStateException.class, () -> read(first)).getMessage();
        assertTrue(message.contains("The schedule of 'nightly' in file:"), message);
        assertTrue(message.contains("Rebuild the project"), message);

        manifest(second, "{\"version\":1,");
        message = assertThrows(IllegalStateException.class, () -> read(second)).getMessage();
        assertTrue(message.contains("Could not read file:"), message);
    }

    @Test
    void theCronsAreTheRuntimesOwn() throws IOException {
        manifest(first, "{\"version\":1,\"functions\":[" + function("n", "{\"type\":\"schedule\",\"cron\":\"0 2 * * MON-FRI\"}") + "]}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL()}, null)) {
            Cron cron = LocalServer.declaredSchedules(loader).get("n");
            assertEquals(Cron.parse("0 2 * * MON-FRI").toUnixCron(), cron.toUnixCron());
        }
    }
}
