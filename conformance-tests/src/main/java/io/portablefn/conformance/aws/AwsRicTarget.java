package io.portablefn.conformance.aws;

import io.portablefn.api.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.conformance.aws.ric.InvocationResult;
import io.portablefn.conformance.aws.ric.RicProcess;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway HTTP API (payload 2.0, see {@link HttpApiFront}) in front of the real AWS Lambda
 * Java runtime: the event is the one {@code aws-http-api-v2} builds, but it reaches the generated
 * {@code Xxx_AwsHandler::handleRequest} through the real runtime interface client
 * (aws-lambda-java-runtime-interface-client) in its own JVM, over a loopback emulation of the
 * Lambda Runtime API ({@link io.portablefn.conformance.aws.ric.RuntimeApiEmulator}). So the
 * handler is loaded, instantiated and called, and its bytes carried, by AWS's own code, with a
 * real Lambda context (deadline from {@code Lambda-Runtime-Deadline-Ms}).
 *
 * <p>One runtime process per function class, started on first use (about a second) and kept
 * until {@link #close()}. The Lambda timeout is the function's {@code timeoutSeconds}; an
 * invocation error (a throw, an answer that is not a JSON object, a timeout, the runtime
 * exiting) is what the front door makes of a failed invocation. A timed-out or exited runtime is
 * replaced on the next request, as Lambda starts a new environment.
 */
public final class AwsRicTarget implements Target {

    private static final int MEMORY_MB = 512;

    private final HttpApiFront front = new HttpApiFront(false);
    private final Map<Class<?>, RicProcess> runtimes = new HashMap<>();

    @Override
    public String name() {
        return "aws-ric-http-api-v2";
    }

    @Override
    public Provider provider() {
        return Provider.AWS;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        HttpFunction function = function(functionClass);
        Optional<WireResponse> refused = front.bodyRefused(request.bodyLength());
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] event = Wire.JSON.writeValueAsBytes(front.event(request));
        if (LambdaPayload.refuses(event)) {
            // Lambda refuses the invoke itself: the runtime never receives the event.
            return front.payloadRefused();
        }
        InvocationResult result = runtime(functionClass, function)
                .invoke(event, Duration.ofSeconds(function.timeoutSeconds()));
        if (result.error()) {
            return front.invocationFailed();
        }
        JsonNode answer;
        try {
            answer = Wire.JSON.readTree(result.payload());
        } catch (IOException notJson) {
            return front.invocationFailed();
        }
        return answer != null && answer.isObject() ? front.response(answer) : front.invocationFailed();
    }

    private synchronized RicProcess runtime(Class<?> functionClass, HttpFunction function) throws Exception {
        RicProcess runtime = runtimes.get(functionClass);
        if (runtime != null && !runtime.alive()) {
            runtime.close();
            runtime = null;
        }
        if (runtime == null) {
            runtime = RicProcess.start(handlerClass(functionClass) + "::handleRequest", function.name(), MEMORY_MB);
            runtimes.put(functionClass, runtime);
        }
        return runtime;
    }

    /** The log of the runtime serving {@code functionClass}, for diagnosing a failed case. */
    public synchronized String log(Class<?> functionClass) {
        RicProcess runtime = runtimes.get(functionClass);
        return runtime == null ? "" : runtime.log();
    }

    // Checked here because the runtime itself treats a missing handler class as an error of each
    // invocation (java.lang.ClassNotFoundException), not of its start.
    private static String handlerClass(Class<?> functionClass) {
        return GeneratedClasses.load(functionClass, GeneratedClasses.AWS).getName();
    }

    private static HttpFunction function(Class<?> functionClass) {
        return GeneratedClasses.function(functionClass);
    }

    /** Stops every runtime process (with its descendants) and its Runtime API. */
    @Override
    public synchronized void close() {
        runtimes.values().forEach(RicProcess::close);
        runtimes.clear();
    }

    @Override
    public String toString() {
        return name();
    }
}
