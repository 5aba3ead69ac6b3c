package io.portablefn.conformance.gcp;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One java-function-invoker process serving one entry point on a loopback port, launched as
 * Google's buildpack does: the invoker on the JVM classpath, the function's classes given with
 * {@code --classpath}, so they load in the invoker's isolated function class loader.
 */
final class InvokerProcess implements AutoCloseable {

    static final String MAIN_CLASS = "com.google.cloud.functions.invoker.runner.Invoker";
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final Path log;
    final URI base;

    private InvokerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    static InvokerProcess start(String target, HttpClient client) throws IOException, InterruptedException {
        String invokerJar = locateInvoker();
        List<String> functionPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.equals(invokerJar)) {
                functionPath.add(entry);
            }
        }
        int port = freePort();
        Path log = Files.createTempFile("gcp-invoker-", ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", invokerJar, MAIN_CLASS, "--port", Integer.toString(port), "--target", target,
                "--classpath", String.join(File.pathSeparator, functionPath));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("K_SERVICE"); // else the invoker logs JSON for Cloud Logging
        InvokerProcess started = new InvokerProcess(builder.start(), log, port);
        try {
            started.awaitReady(client);
        } catch (IOException | RuntimeException | InterruptedException failure) {
            started.close();
            throw failure;
        }
        return started;
    }

    // Readiness is any HTTP answer. /robots.txt is answered 404 by the invoker itself, before
    // the function, so polling never calls the function under test.
    private void awaitReady(HttpClient client) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("/robots.txt")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("java-function-invoker exited with " + process.exitValue()
                        + " before serving. Its log:\n" + log());
            }
            try {
                client.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("java-function-invoker did not answer on " + base + " within "
                            + STARTUP.toSeconds() + "s. Its log:\n" + log());
                }
                Thread.sleep(50);
            }
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the process and every descendant, and waits until they are gone; a process that has
     * not stopped 10 seconds after SIGTERM is killed.
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
            handle.onExit().join();
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

    private static String locateInvoker() {
        try {
            Class<?> main = Class.forName(MAIN_CLASS, false, InvokerProcess.class.getClassLoader());
            return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The gcp-invoker target needs com.google.cloud.functions.invoker:"
                    + "java-function-invoker on the test classpath (" + e + ")", e);
        }
    }

    // The port is free when probed; another process could take it before the invoker binds, in
    // which case startup fails with the invoker's BindException in the log.
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
