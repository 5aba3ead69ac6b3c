package io.portablefn.api;

import java.time.Duration;
import java.time.Instant;

/**
 * What a function knows about the invocation it is serving. Read-only.
 *
 * <pre>{@code
 * context.logger().info("order " + id + " in " + context.invocationId());
 * if (context.remainingTime().toMillis() < 500) { ... }
 * }</pre>
 */
public interface Context {

    /** The id the cloud gave this invocation (Lambda request id, Azure invocation id, ...). */
    String invocationId();

    /** The {@link Function#name()} of the running function. */
    String functionName();

    /** When the cloud will stop this invocation. */
    Instant deadline();

    /** Time left until {@link #deadline()}, never negative. */
    default Duration remainingTime() {
        Duration left = Duration.between(Instant.now(), deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A logger that writes to the provider's log. */
    FunctionLogger logger();

    /** Which provider is running the function. */
    Provider provider();

    /**
     * The W3C trace context this invocation continues: the caller's, taken from the cloud's own
     * carrier (docs/observability.md), or a fresh one when the caller sent none.
     */
    TraceContext traceContext();
}
