package io.portablefn.conformance.aws.ric;

import java.nio.charset.StandardCharsets;

/**
 * How one invocation ended, as Lambda's Invoke API would report it to the caller: the runtime's
 * response, or a function error with its type.
 *
 * @param requestId the request id the runtime was given ({@code Lambda-Runtime-Aws-Request-Id})
 * @param error true when the invocation failed
 * @param errorType for an error, the {@code Lambda-Runtime-Function-Error-Type} the runtime sent, or
 *     Lambda's own type when the runtime sent none ({@code Sandbox.Timedout}, {@code Runtime.ExitError},
 *     {@code Function.ResponseSizeTooLarge}); null on success
 * @param payload the response bytes, or the error document ({@code errorMessage}, {@code errorType},
 *     {@code stackTrace}) the runtime posted
 */
public record InvocationResult(String requestId, boolean error, String errorType, byte[] payload) {

    public InvocationResult {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    static InvocationResult success(String requestId, byte[] payload) {
        return new InvocationResult(requestId, false, null, payload);
    }

    static InvocationResult failure(String requestId, String errorType, byte[] payload) {
        return new InvocationResult(requestId, true, errorType, payload);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as UTF-8 text. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return (error ? "error " + errorType + ": " : "response: ") + text();
    }
}
