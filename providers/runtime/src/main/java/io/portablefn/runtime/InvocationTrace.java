package io.portablefn.runtime;

import io.portablefn.api.TraceContext;
import java.util.function.Supplier;

/**
 * One invocation's trace context and where it came from, read on first use
 * (docs/observability.md, "Trace context"): the caller's carrier first, else the platform's own
 * context, else a fresh one. The two sources are kept apart because they mean different things:
 * the caller's names the span that called the function; the platform's (the Lambda runtime's
 * trace header, the Azure host's activity) is a trace the cloud started or continued for its own
 * bookkeeping, which the cloud sends even when nobody traces (Lambda: {@code Sampled=0} whenever
 * X-Ray active tracing is off). An observer that starts spans treats them differently
 * (portablefn-opentelemetry, {@code InvocationSpans}). Thread-safe.
 */
final class InvocationTrace {

    enum Origin {
        /** Sent by the caller: a request's trace header, a message's trace attribute. */
        CALLER,
        /** The cloud's own context for this invocation. */
        PLATFORM,
        /** Neither gave one: fresh, or adopted from an observer. */
        NONE
    }

    private Supplier<TraceContext> callerCarrier; // read on first use, then dropped; guarded by this
    private final Supplier<TraceContext> platformCarrier; // kept, so that a copy per message can read it again
    private TraceContext trace; // guarded by this
    private Origin origin = Origin.NONE; // guarded by this
    private boolean read; // the sources have been read; guarded by this
    private boolean handedOut; // the function, or its logger, has seen trace; guarded by this

    /** @param platformCarrier null when the cloud has no context of its own */
    InvocationTrace(Supplier<TraceContext> callerCarrier, Supplier<TraceContext> platformCarrier) {
        this.callerCarrier = callerCarrier;
        this.platformCarrier = platformCarrier;
    }

    /** Already read: {@code trace} from the caller; null leaves the platform's, else fresh. */
    static InvocationTrace of(TraceContext caller, Supplier<TraceContext> platformCarrier) {
        return new InvocationTrace(caller == null ? null : () -> caller, platformCarrier);
    }

    Supplier<TraceContext> platformCarrier() {
        return platformCarrier;
    }

    synchronized Origin origin() {
        read();
        return origin;
    }

    /** The platform's context when the trace is the platform's (read now if not yet); else null. */
    synchronized TraceContext platform() {
        read();
        return origin == Origin.PLATFORM ? trace : null;
    }

    /** The context, made fresh if neither source gave one; from now on it is the function's. */
    synchronized TraceContext handOut() {
        read();
        if (trace == null) {
            trace = TraceContext.fresh();
        }
        handedOut = true;
        return trace;
    }

    /**
     * Makes {@code started} the trace when the caller sent none and nobody has seen the current one
     * (a platform's context not yet handed out is replaced); false, changing nothing, otherwise.
     */
    synchronized boolean adopt(TraceContext started) {
        read();
        if (origin == Origin.CALLER || handedOut) {
            return false;
        }
        trace = started;
        origin = Origin.NONE;
        return true;
    }

    // Reads the sources once. A carrier that throws gives nothing: a bad trace header must never
    // fail an invocation (W3C Trace Context, section 4.3: a receiver that cannot parse it starts anew).
    private void read() {
        if (read) {
            return;
        }
        read = true;
        TraceContext caller = callerCarrier == null ? null : quietly(callerCarrier);
        callerCarrier = null;
        if (caller != null) {
            trace = caller;
            origin = Origin.CALLER;
            return;
        }
        TraceContext platform = platformCarrier == null ? null : quietly(platformCarrier);
        if (platform != null) {
            trace = platform;
            origin = Origin.PLATFORM;
        }
    }

    private static TraceContext quietly(Supplier<TraceContext> carrier) {
        try {
            return carrier.get();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
