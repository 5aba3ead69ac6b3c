package io.portablefn.conformance.aws.ric;

import io.portablefn.conformance.process.ChildJvm;
import io.portablefn.conformance.process.RuntimeJars;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One Lambda execution environment: the real AWS Lambda Java runtime interface client
 * ({@code com.amazonaws:aws-lambda-java-runtime-interface-client}, main class {@link #MAIN_CLASS},
 * the handler string as its only argument) in its own JVM, talking to its own
 * {@link RuntimeApiEmulator}. The environment is Lambda's reserved variables only (none of the
 * test JVM's), the working directory an empty task root; the classpath is the runtime's jars
 * ({@link RuntimeJars}, never on the test JVM's classpath) followed by the test JVM's, so function
 * classes load from the system class loader rather than from {@code /var/task}.
 */
public final class RicProcess implements AutoCloseable {

    /** The runtime's name: its artifact is {@code io.portablefn:portablefn-conformance-aws-ric}. */
    public static final String RUNTIME = "aws-ric";
    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    // The RIC's own switch for where its JNI library is; without it, every RIC JVM unpacks the
    // library to the one fixed file /tmp/.libaws-lambda-jni.so, which races between processes.
    private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static Path jniLibrary;

    private final RuntimeApiEmulator api;
    private final ChildJvm jvm;
    private final Path taskRoot;

    private RicProcess(RuntimeApiEmulator api, ChildJvm jvm, Path taskRoot) {
        this.api = api;
        this.jvm = jvm;
        this.taskRoot = taskRoot;
    }

    /**
     * Starts the runtime with {@code handler} (such as {@code com.acme.Greet_AwsHandler::handleRequest})
     * and returns once it polls for its first event.
     *
     * @throws StartFailure when it reports an init error, exits, or does not poll within 30 s
     */
    public static RicProcess start(String handler, String functionName, int memoryMb)
            throws IOException, InterruptedException {
        return start(handler, functionName, memoryMb, List.of());
    }

    /** As {@link #start(String, String, int)}, with {@code jvmOptions} (such as a system property) for the runtime's JVM. */
    public static RicProcess start(String handler, String functionName, int memoryMb, List<String> jvmOptions)
            throws IOException, InterruptedException {
        RuntimeJars runtime = RuntimeJars.find(RUNTIME, MAIN_CLASS);
        RuntimeApiEmulator api = new RuntimeApiEmulator(functionName);
        Path taskRoot = Files.createTempDirectory("ric-task-");
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(),
                // Lambda's default for Java 17 functions: tiered compilation stops at C1.
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-D" + JNI_PROPERTY + "=" + jniLibrary(runtime)));
        command.addAll(jvmOptions);
        List<String> classPath = new ArrayList<>(runtime.jars());
        classPath.addAll(runtime.functionPath(System.getProperty("java.class.path")));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), MAIN_CLASS, handler));
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        env.clear();
        env.put("PATH", path == null ? "/usr/local/bin:/usr/bin:/bin" : path);
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", handler);
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2025/01/01/[$LATEST]conformance");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        RicProcess started = new RicProcess(api, ChildJvm.start(builder, "ric-"), taskRoot);
        started.jvm.process().onExit().thenAccept(exited -> api.runtimeExited(exited.exitValue()));
        try {
            started.awaitReady(handler);
        } catch (IOException | RuntimeException | InterruptedException failure) {
            started.close();
            throw failure;
        }
        return started;
    }

    private void awaitReady(String handler) throws IOException, InterruptedException {
        try {
            CompletableFuture.anyOf(api.firstPoll(), api.initError(), jvm.process().onExit())
                    .get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StartFailure("The Lambda runtime for " + handler + " did not poll for an event within "
                    + STARTUP.toSeconds() + " s. Its log:\n" + log(), null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (api.initError().isDone()) {
            RuntimeApiEmulator.InitError error = api.initError().join();
            throw new StartFailure("The Lambda runtime for " + handler + " reported an init error "
                    + error.errorType() + ": " + error.payload() + "\nIts log:\n" + log(), error);
        }
        if (!api.firstPoll().isDone()) {
            throw new StartFailure("The Lambda runtime for " + handler + " exited with " + jvm.process().exitValue()
                    + " before polling for an event. Its log:\n" + log(), null);
        }
    }

    /**
     * Invokes the function once with a deadline {@code timeout} from now and waits for the result.
     * A timed-out invocation ends this environment, as Lambda resets it.
     */
    public InvocationResult invoke(byte[] event, Duration timeout) throws IOException, InterruptedException {
        return invoke(event, timeout, null);
    }

    /** As {@link #invoke(byte[], Duration)}, with {@code traceHeader} as Lambda's trace header (null: a random one). */
    public InvocationResult invoke(byte[] event, Duration timeout, String traceHeader)
            throws IOException, InterruptedException {
        InvocationResult result;
        try {
            result = api.invoke(event, timeout, traceHeader).get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The Lambda runtime did not answer: " + e + ". Its log:\n" + log(), e);
        }
        if (result.error() && "Sandbox.Timedout".equals(result.errorType())) {
            close();
        }
        return result;
    }

    /** Whether the runtime can still take invocations. */
    public boolean alive() {
        return jvm.alive();
    }

    /** What the runtime wrote to standard output and error. */
    public String log() {
        return jvm.log();
    }

    /** Stops the runtime and every descendant, waits until they are gone, then the API. */
    @Override
    public void close() {
        jvm.close();
        api.close();
        try (Stream<Path> files = Files.walk(taskRoot)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans them up
        }
    }

    // The library the RIC's JniHelper would pick first on this machine (glibc builds; the musl
    // ones are for Alpine), unpacked once per test JVM into a file of its own.
    private static synchronized Path jniLibrary(RuntimeJars runtime) throws IOException {
        if (jniLibrary != null) {
            return jniLibrary;
        }
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String name = arch.equals("amd64") || arch.equals("x86_64") ? "libaws-lambda-jni.linux-x86_64.so"
                : arch.equals("aarch64") ? "libaws-lambda-jni.linux-aarch_64.so" : null;
        if (name == null || !System.getProperty("os.name").equals("Linux")) {
            throw new IllegalStateException("The AWS Lambda runtime interface client ships its JNI library for Linux"
                    + " x86_64 and aarch64 only, not " + System.getProperty("os.name") + " " + arch);
        }
        Path file = Files.createTempFile("libaws-lambda-jni-", ".so");
        file.toFile().deleteOnExit();
        if (!runtime.copyResource("jni/" + name, file)) {
            throw new IllegalStateException("jni/" + name + " is in none of the runtime's jars " + runtime.jars());
        }
        jniLibrary = file;
        return file;
    }

    /** The runtime did not become ready; {@link #initError()} says what it reported, if anything. */
    public static final class StartFailure extends IOException {

        private final transient RuntimeApiEmulator.InitError initError;

        StartFailure(String message, RuntimeApiEmulator.InitError initError) {
            super(message);
            this.initError = initError;
        }

        /** The error posted to {@code /runtime/init/error}, or null if none was. */
        public RuntimeApiEmulator.InitError initError() {
            return initError;
        }
    }
}
