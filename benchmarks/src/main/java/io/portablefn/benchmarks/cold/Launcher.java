package io.portablefn.benchmarks.cold;

import io.portablefn.benchmarks.Fixture;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts one fresh JVM for a variant and measures, from just before the process is started to
 * the first complete response, in milliseconds. Three ways in: the entry point called directly
 * ({@link DirectMain}), AWS's runtime interface client against {@link RuntimeApiEmulator}, and
 * Google's java-function-invoker on a loopback port.
 */
public final class Launcher {

    /** How the first request reaches the function. */
    public enum Mode { DIRECT, RUNTIME }

    static final String SPRING_MAIN = "io.portablefn.benchmarks.spring.GreetApplication";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String INVOKER_MAIN = "com.google.cloud.functions.invoker.runner.Invoker";
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Layout layout;
    private final Path logDir;
    // Per variant, each direct start's {init, first call} in ms, as the child measured them.
    private final Map<Variant, List<double[]>> phases = new java.util.EnumMap<>(Variant.class);

    public Launcher(Layout layout, Path logDir) {
        this.layout = layout;
        this.logDir = logDir;
    }

    /** One cold start; fails when the answer is not the greeting. */
    public double coldStart(Variant variant, Mode mode, Jvm jvm) throws Exception {
        if (mode == Mode.DIRECT) {
            return direct(variant, jvm);
        }
        return variant.kind == Variant.Kind.AWS ? ric(variant, jvm) : invoker(variant, jvm);
    }

    private double direct(Variant variant, Jvm jvm) throws Exception {
        ProcessBuilder builder = directProcess(variant, jvm);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PHASES ")) {
                    String[] ms = line.split(" ");
                    phases.computeIfAbsent(variant, v -> new ArrayList<>())
                            .add(new double[] {Double.parseDouble(ms[1]), Double.parseDouble(ms[2])});
                }
                if (line.startsWith("RESPONSE ")) {
                    long end = System.nanoTime();
                    check(variant, line, seen);
                    return millis(start, end);
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException(variant + " exited without a response:\n" + seen);
        } finally {
            // The child exits by itself once it has answered; a training run (AppCDS, AOT cache)
            // writes its archive then, so it is given time before being stopped.
            process.waitFor(60, TimeUnit.SECONDS);
            stop(process);
        }
    }

    /**
     * Each direct start's phases so far, {init, first call} in ms: loading, initialising and
     * constructing the entry point; then its first call (input built, answered).
     */
    public List<double[]> phases(Variant variant) {
        return phases.getOrDefault(variant, List.of());
    }

    /** Forgets the phases recorded so far, so that the next section's are its own. */
    public void clearPhases() {
        phases.clear();
    }

    /** The child JVM of a direct start, not yet started. */
    ProcessBuilder directProcess(Variant variant, Jvm jvm) throws IOException {
        List<Path> cp = new ArrayList<>(List.of(layout.harnessJar()));
        cp.addAll(layout.jars(List.of("portablefn-testkit-")));
        cp.addAll(layout.deployment(variant));
        cp.addAll(layout.jars(variant.kind == Variant.Kind.GCP ? Variant.GCP_API
                : variant.kind == Variant.Kind.AZURE ? Variant.AZURE_API : List.of("aws-lambda-java-core-")));
        List<String> command = jvm.command(cp);
        command.addAll(List.of(DirectMain.class.getName(), variant.kind.name(), variant.entryPoint, variant.body.path));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MAIN_CLASS", SPRING_MAIN);
        return builder;
    }

    private double ric(Variant variant, Jvm jvm) throws Exception {
        List<Path> cp = new ArrayList<>(layout.deployment(variant));
        cp.addAll(layout.jars(Variant.AWS_RUNTIME));
        List<String> command = jvm.command(cp);
        command.addAll(List.of(RIC_MAIN, variant.handler()));
        try (RuntimeApiEmulator api = new RuntimeApiEmulator(Fixture.httpApiV2Event(variant.body.path))) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log(variant, "ric"));
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("_HANDLER", variant.handler());
            env.put("AWS_LAMBDA_FUNCTION_NAME", "greet");
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/greet");
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2024/05/24/[$LATEST]bench");
            env.put("AWS_REGION", "eu-west-1");
            env.put("LAMBDA_TASK_ROOT", logDir.toString());
            env.put("MAIN_CLASS", SPRING_MAIN);
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                RuntimeApiEmulator.Answer answer = api.response().get(TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
                check(variant, answer.body(), new StringBuilder("see " + log(variant, "ric")));
                return millis(start, answer.nanoTime());
            } finally {
                stop(process);
            }
        }
    }

    private double invoker(Variant variant, Jvm jvm) throws Exception {
        long start = System.nanoTime();
        try (Invoker invoker = startInvoker(variant, jvm)) {
            return millis(start, awaitFirstAnswer(variant, invoker, start));
        }
    }

    /**
     * Starts java-function-invoker serving {@code variant} on a free loopback port and returns
     * once it has answered a first request (for warm-call measurements); the caller closes it.
     */
    public Invoker warmInvoker(Variant variant, Jvm jvm) throws Exception {
        Invoker invoker = startInvoker(variant, jvm);
        try {
            awaitFirstAnswer(variant, invoker, System.nanoTime());
            return invoker;
        } catch (Exception | Error failed) {
            invoker.close();
            throw failed;
        }
    }

    /** A running invoker and its port; {@link #close()} stops it. */
    public record Invoker(Process process, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            stop(process);
        }
    }

    private Invoker startInvoker(Variant variant, Jvm jvm) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> command = jvm.command(List.of(layout.invokerJar()));
        StringBuilder functionPath = new StringBuilder();
        for (Path path : layout.deployment(variant)) {
            functionPath.append(functionPath.length() == 0 ? "" : File.pathSeparator).append(path);
        }
        command.addAll(List.of(INVOKER_MAIN, "--port", Integer.toString(port), "--target", variant.entryPoint,
                "--classpath", functionPath.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(variant, "invoker"));
        builder.environment().remove("K_SERVICE");
        return new Invoker(builder.start(), port);
    }

    /** Polls until the invoker answers; returns the nano time of the first complete answer. */
    private long awaitFirstAnswer(Variant variant, Invoker invoker, long start) throws Exception {
        Process process = invoker.process();
        while (System.nanoTime() - start < TIMEOUT_NANOS) {
            String answer = post(invoker.port(), variant.body.path);
            if (answer != null) {
                long end = System.nanoTime();
                check(variant, answer, new StringBuilder("see " + log(variant, "invoker")));
                return end;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(variant + ": the invoker exited; see " + log(variant, "invoker"));
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(variant + ": no answer within 60 s");
    }

    /** One POST of the greeting over a plain socket; null while nothing listens yet. */
    private static String post(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + Fixture.BODY_BYTES.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(Fixture.BODY_BYTES);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (ConnectException notYet) {
            return null;
        }
    }

    private static void check(Variant variant, String answer, CharSequence context) {
        if (!answer.contains("Hello, Ada")) {
            throw new IllegalStateException(variant + " answered without the greeting: " + answer + "\n" + context);
        }
    }

    File log(Variant variant, String what) {
        return logDir.resolve(what + "-" + variant.name().toLowerCase() + ".log").toFile();
    }

    private static double millis(long start, long end) {
        return (end - start) / 1e6;
    }

    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
