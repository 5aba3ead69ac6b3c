package io.portablefn.conformance.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real runtime in a JVM of its own, for the targets of the real-runtime tier: its output goes
 * to a log file that failures quote, and {@link #close()} stops it with every descendant.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The {@code java} of the running JVM, so children run on the same version. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code builder}'s command with standard output and error in a new log file. */
    public static ChildJvm start(ProcessBuilder builder, String logPrefix) throws IOException {
        Path log = Files.createTempFile(logPrefix, ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            return new ChildJvm(builder.start(), log);
        } catch (IOException e) {
            Files.deleteIfExists(log);
            throw e;
        }
    }

    /**
     * A loopback port that was free when probed. Another process could take it before the child
     * binds it; the child's start then fails with a bind error in its log.
     */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** What the child wrote to standard output and error so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the child and every descendant and waits until they are gone; one that has not
     * stopped 10 seconds after SIGTERM is killed. Then deletes the log.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        boolean interrupted = false;
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                handle.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file; the OS cleans it up
        }
    }
}
