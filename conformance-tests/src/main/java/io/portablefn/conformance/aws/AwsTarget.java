package io.portablefn.conformance.aws;

import io.portablefn.api.Provider;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS Lambda behind one front door (see {@link AwsTargets}), in process: builds the event that
 * front door would send, calls the generated {@code Xxx_AwsHandler.handleRequest} as the Lambda
 * Java runtime does (event bytes in, response bytes out, a Lambda context), and turns the JSON
 * answer into what the front door sends the client. One handler instance per function class,
 * as one Lambda execution environment keeps one. A throw from the handler, or an answer that is
 * not JSON, is an invocation error, which the front door turns into its own error response.
 * A request over the front door's body limit, or whose event is over Lambda's payload limit
 * ({@link LambdaPayload}), never reaches the handler: the front door answers it.
 */
public final class AwsTarget implements Target {

    /** The request id of every invocation's Lambda context. */
    static final String REQUEST_ID = "c0ffee00-0000-4000-8000-0000000000aa";

    private final String name;
    private final Front front;
    private final Map<Class<?>, RequestStreamHandler> handlers = new ConcurrentHashMap<>();

    AwsTarget(String name, Front front) {
        this.name = name;
        this.front = front;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Provider provider() {
        return Provider.AWS;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        RequestStreamHandler handler = handlers.computeIfAbsent(functionClass, AwsTarget::instantiate);
        Optional<WireResponse> refused = front.bodyRefused(request.bodyLength());
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] event = Wire.JSON.writeValueAsBytes(front.event(request));
        if (LambdaPayload.refuses(event)) {
            return front.payloadRefused();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonNode answer;
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out,
                    lambdaContext(GeneratedClasses.function(functionClass).timeoutSeconds()));
            answer = Wire.JSON.readTree(out.toByteArray());
        } catch (IOException | RuntimeException invocationError) {
            return front.invocationFailed();
        }
        if (answer == null || !answer.isObject()) {
            return front.invocationFailed();
        }
        return front.response(answer);
    }

    /**
     * The Lambda context the runtime would pass: a fixed request id, the remaining time of a
     * function configured with the portable function's timeout (as portablefn's deployables
     * configure it), a logger writing to standard error as Lambda's goes to CloudWatch, and
     * Lambda's own trace header as it is with active tracing off.
     */
    private static FakeLambdaContext lambdaContext(int timeoutSeconds) {
        return new FakeLambdaContext(REQUEST_ID, "portablefn-conformance", Duration.ofSeconds(timeoutSeconds),
                line -> System.err.println("[lambda] " + line), LambdaTraceHeader.passThrough());
    }

    /** The event this target would send for a request; for tests that inspect it. */
    public String event(WireRequest request) throws IOException {
        return Wire.JSON.writeValueAsString(front.event(request));
    }

    private static RequestStreamHandler instantiate(Class<?> functionClass) {
        Class<?> type = GeneratedClasses.load(functionClass, GeneratedClasses.AWS);
        try {
            return type.asSubclass(RequestStreamHandler.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }

    /** Nothing to release: handlers are plain objects. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return name;
    }
}
