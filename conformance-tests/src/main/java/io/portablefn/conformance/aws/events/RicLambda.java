package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.aws.ric.InvocationResult;
import io.portablefn.conformance.aws.ric.RicProcess;
import io.portablefn.conformance.events.SeenLog;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.runtime.EventFunction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambda's real Java runtime: AWS's runtime interface client ({@link RicProcess}) in a JVM of its
 * own per function class, started on first use and kept until {@link #close()}, polling the
 * suite's Runtime API emulator. It loads {@code Xxx_AwsHandler::handleRequest}, streams the event
 * to it and posts the answer or the error; a throw arrives as the error document the client builds
 * ({@code errorType}, {@code errorMessage}, {@code stackTrace}), which is reported as Lambda
 * reports it. A runtime that timed out or exited is replaced on the next invocation, as Lambda
 * starts a new environment. The child writes what the function saw to a {@link SeenLog}, relayed
 * after each invocation.
 */
final class RicLambda implements Lambda {

    private static final int MEMORY_MB = 512;

    private final Map<Class<?>, RicProcess> runtimes = new HashMap<>();
    private final SeenLog seen;

    RicLambda() {
        try {
            seen = new SeenLog();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file the runtime's functions record what they saw in", e);
        }
    }

    @Override
    public String invoke(Class<?> functionClass, EventFunction function, byte[] event, ByteArrayOutputStream answer)
            throws Exception {
        InvocationResult result;
        try {
            result = runtime(functionClass, function).invoke(event, Duration.ofSeconds(function.timeoutSeconds()));
        } finally {
            seen.relayNew(); // even after a failure, so that no line is left for the next case
        }
        if (!result.error()) {
            answer.write(result.payload());
            return null;
        }
        return report(result);
    }

    // The error document the runtime posted, or Lambda's own (Sandbox.Timedout, ...), as one text.
    private static String report(InvocationResult result) {
        JsonNode error;
        try {
            error = NativeEvents.JSON.readTree(result.payload());
        } catch (IOException notJson) {
            return result.errorType() + ": " + result.text();
        }
        StringBuilder report = new StringBuilder(error.path("errorType").asText(result.errorType()))
                .append(": ").append(error.path("errorMessage").asText(""));
        for (JsonNode frame : error.path("stackTrace")) {
            report.append("\n\tat ").append(frame.asText());
        }
        return report.toString();
    }

    private synchronized RicProcess runtime(Class<?> functionClass, EventFunction function) throws Exception {
        RicProcess runtime = runtimes.get(functionClass);
        if (runtime != null && !runtime.alive()) {
            runtime.close();
            runtime = null;
        }
        if (runtime == null) {
            // Loaded here because the runtime treats a missing handler class as each invocation's error.
            String handler = GeneratedClasses.load(functionClass, GeneratedClasses.AWS).getName() + "::handleRequest";
            runtime = RicProcess.start(handler, function.name(), MEMORY_MB, List.of(seen.jvmArgument()));
            runtimes.put(functionClass, runtime);
        }
        return runtime;
    }

    /** The log of the runtime serving {@code functionClass}, for diagnosing a failed case. */
    synchronized String log(Class<?> functionClass) {
        RicProcess runtime = runtimes.get(functionClass);
        return runtime == null ? "" : runtime.log();
    }

    @Override
    public synchronized void close() {
        runtimes.values().forEach(RicProcess::close);
        runtimes.clear();
        seen.close();
    }
}
