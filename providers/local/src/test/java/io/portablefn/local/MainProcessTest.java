package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.PortableFunction;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LocalServer#main} in a JVM of its own, as the README, {@code -Prun} and the Maven plugin's
 * {@code start} goal run it: it must go on serving after {@code main} has printed its banner (its
 * threads are daemons), and stop on a termination signal.
 */
class MainProcessTest {

    /** The one function of the child's index. */
    public static final class Pong implements FunctionSource {
        @Override
        public PortableFunction function() {
            return HttpFunction.raw("pong", 30, "/ping", Set.of(HttpMethod.GET),
                    (request, context) -> HttpResponse.ok().text("pong"));
        }
    }

    @Test
    void servesUntilStoppedAfterMainHasReturnedItsBanner(@TempDir Path index) throws Exception {
        Path services = index.resolve(FunctionIndex.INDEX_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(services, Pong.class.getName() + "\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = index.resolve("server.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", index + File.pathSeparator + System.getProperty("java.class.path"),
                LocalServer.class.getName(), "--port", Integer.toString(port), "--schedules", "off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String answer = firstAnswer(port, server, log);
            assertEquals("pong", answer);
            // Still serving a moment later: the process did not end with main.
            assertEquals("pong", get(port));
            assertTrue(server.isAlive(), "the server process ended");
        } finally {
            server.destroy();
            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
        }
        assertTrue(Files.readString(log).contains("portablefn local server stopped."), Files.readString(log));
    }

    private static String firstAnswer(int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited (" + server.exitValue() + "):\n" + Files.readString(log));
            }
            try {
                return get(port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no answer within 30 s:\n" + Files.readString(log));
    }

    private static String get(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                .build(), BodyHandlers.ofString()).body();
    }
}
