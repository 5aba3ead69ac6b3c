package io.portablefn.conformance.gcp;

import io.portablefn.conformance.process.ChildJvm;
import io.portablefn.conformance.process.RuntimeJars;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One java-function-invoker process serving one entry point on a loopback port, launched as
 * Google's buildpack does: the invoker on the JVM classpath ({@link RuntimeJars}, never the test
 * JVM's), the function's classes (the test classpath) given with {@code --classpath}, so they load
 * in the invoker's isolated function class loader.
 */
final class InvokerProcess implements AutoCloseable {

    /** The runtime's name: its artifact is {@code io.portablefn:portablefn-conformance-gcp-invoker}. */
    static final String RUNTIME = "gcp-invoker";
    static final String MAIN_CLASS = "com.google.cloud.functions.invoker.runner.Invoker";
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final ChildJvm jvm;
    final URI base;

    private InvokerProcess(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the invoker for {@code target}; {@code jvmOptions} go before its main class. */
    static InvokerProcess start(String target, HttpClient client, List<String> jvmOptions)
            throws IOException, InterruptedException {
        RuntimeJars invoker = RuntimeJars.find(RUNTIME, MAIN_CLASS);
        List<String> functionPath = invoker.functionPath(System.getProperty("java.class.path"));
        int port = ChildJvm.freePort();
        List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, invoker.jars()), MAIN_CLASS,
                "--port", Integer.toString(port), "--target", target, "--classpath", String.join(File.pathSeparator, functionPath)));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("K_SERVICE"); // else the invoker logs JSON for Cloud Logging
        InvokerProcess started = new InvokerProcess(ChildJvm.start(builder, "gcp-invoker-"), port);
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
            if (!jvm.alive()) {
                throw new IOException("java-function-invoker exited with " + jvm.process().exitValue()
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
        return jvm.log();
    }

    /** Stops the invoker and every descendant, and waits until they are gone. */
    @Override
    public void close() {
        jvm.close();
    }
}
