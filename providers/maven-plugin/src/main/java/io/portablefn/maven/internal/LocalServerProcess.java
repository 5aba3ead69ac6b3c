package io.portablefn.maven.internal;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The project's local server in a forked JVM, as the {@code run}, {@code start} and {@code stop}
 * goals use it: started on the project's runtime classpath, ready once its port accepts
 * connections (polled, never a fixed sleep), stopped with its whole process tree.
 */
public final class LocalServerProcess {

    /** The local server's main class; the project needs {@code io.portablefn:portablefn-local}. */
    public static final String MAIN = "io.portablefn.local.LocalServer";

    private final Process process;
    private final int port;

    private LocalServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server.
     *
     * @param port the port; 0 picks a free one now, so that the caller knows it before the server starts
     * @param log where the server's output goes; null to share this JVM's console
     */
    public static LocalServerProcess start(List<String> classpath, int port, Path log) throws IOException {
        int chosen = port == 0 ? freePort() : port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath), MAIN,
                "--port", Integer.toString(chosen));
        if (log == null) {
            builder.inheritIO();
        } else {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        return new LocalServerProcess(builder.start(), chosen);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /**
     * Waits until the server accepts connections.
     *
     * @throws IOException when it exits first (with its exit code) or is not ready within {@code timeout}
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The local server stopped with exit code " + process.exitValue()
                        + " before accepting connections on port " + port);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        stop();
        throw new IOException("The local server did not accept connections on port " + port + " within "
                + timeout.toSeconds() + " s; it was stopped");
    }

    /** Stops the server and anything it started, and waits for it to end. */
    public void stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
