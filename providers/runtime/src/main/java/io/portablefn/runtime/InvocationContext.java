package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.log.InvocationLogger;
import io.portablefn.runtime.log.LogSink;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link Context} every provider hands to functions; providers only fill it in. */
public final class InvocationContext implements Context {

    private final Provider provider;
    private final String invocationId;
    private final Supplier<String> invocationIdSource;
    private final String functionName;
    private final Instant deadline;
    private final LogSink sink; // when set, logger writes its records, stamped with this invocation
    // With a sink, made on first use: an invocation that never logs loads no logger class (cold start).
    // A race makes two equal loggers, either of which does.
    private FunctionLogger logger;
    private TraceContext trace; // the caller's, or fresh on first use; guarded by this
    private boolean fromCaller; // trace was read from the caller's carrier; guarded by this
    private Supplier<TraceContext> traceCarrier; // read on first use, then dropped; guarded by this

    public InvocationContext(Provider provider, String invocationId, String functionName,
            Instant deadline, FunctionLogger logger) {
        this(provider, Objects.requireNonNull(invocationId, "invocationId"), null, functionName, deadline, logger,
                null);
    }

    /**
     * A context whose logger writes each call as one record of {@code sink}, carrying this
     * invocation's function name, invocation id and trace id: how providers log in their cloud's
     * format (docs/observability.md, "Logs").
     */
    public InvocationContext(Provider provider, String invocationId, String functionName, Instant deadline,
            LogSink sink) {
        this(provider, Objects.requireNonNull(invocationId, "invocationId"), null, functionName, deadline, null,
                Objects.requireNonNull(sink, "sink"));
    }

    /**
     * A context whose invocation id is looked up only when first asked for (see
     * {@code HttpRequest.Builder.requestIdFrom}); {@code invocationId} must give the same id each time.
     */
    public InvocationContext(Provider provider, Supplier<String> invocationId, String functionName,
            Instant deadline, FunctionLogger logger) {
        this(provider, null, Objects.requireNonNull(invocationId, "invocationId"), functionName, deadline, logger,
                null);
    }

    /** A context with a looked-up invocation id (see above) whose logger writes records of {@code sink}. */
    public InvocationContext(Provider provider, Supplier<String> invocationId, String functionName,
            Instant deadline, LogSink sink) {
        this(provider, null, Objects.requireNonNull(invocationId, "invocationId"), functionName, deadline, null,
                Objects.requireNonNull(sink, "sink"));
    }

    private InvocationContext(Provider provider, String invocationId, Supplier<String> invocationIdSource,
            String functionName, Instant deadline, FunctionLogger logger, LogSink sink) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.invocationId = invocationId;
        this.invocationIdSource = invocationIdSource;
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.sink = sink;
        this.logger = sink != null ? null : Objects.requireNonNull(logger, "logger");
    }

    @Override
    public String invocationId() {
        return invocationIdSource == null ? invocationId : invocationIdSource.get();
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public FunctionLogger logger() {
        FunctionLogger made = logger;
        if (made == null) {
            made = new InvocationLogger(sink, this);
            logger = made;
        }
        return made;
    }

    @Override
    public Provider provider() {
        return provider;
    }

    /**
     * This context continuing {@code trace}, the trace context the provider read from its
     * cloud's carrier; null leaves it to be made fresh on first use.
     */
    public InvocationContext continuing(TraceContext trace) {
        // A sink's logger is made anew for the copy, so that its records carry the copy's trace.
        InvocationContext copy = new InvocationContext(provider, invocationId, invocationIdSource, functionName,
                deadline, sink == null ? logger : null, sink);
        copy.trace = trace;
        copy.fromCaller = trace != null;
        return copy;
    }

    /**
     * This context continuing the trace context {@code carrier} reads from the cloud's carrier,
     * on first use only: a function that never asks never pays for looking up or parsing a
     * header. The carrier returns null when the invocation came with no valid trace context (the
     * context is then fresh); should it throw, the context is fresh too, since a bad trace header
     * must never fail an invocation (W3C Trace Context, section 4.3: a receiver that cannot parse
     * it starts a new trace). Called once at most.
     */
    public InvocationContext continuing(Supplier<TraceContext> carrier) {
        InvocationContext copy = new InvocationContext(provider, invocationId, invocationIdSource, functionName,
                deadline, sink == null ? logger : null, sink);
        copy.traceCarrier = Objects.requireNonNull(carrier, "carrier");
        return copy;
    }

    /**
     * True when this invocation's trace context came from the caller's carrier; false when the
     * caller sent none (or none valid), so that it is, or will be, a fresh one.
     */
    public synchronized boolean continuesCaller() {
        readCarrier();
        return fromCaller;
    }

    /**
     * Makes {@code started} this invocation's trace context, when the caller sent none and no
     * fresh one has been handed out yet: an observer that starts a new trace for the invocation
     * (the OpenTelemetry module's root span) makes the function's logs and the trace context it
     * passes on continue that trace. Returns false, changing nothing, otherwise.
     */
    public synchronized boolean adoptTrace(TraceContext started) {
        readCarrier();
        if (trace != null) {
            return false;
        }
        trace = Objects.requireNonNull(started, "started");
        return true;
    }

    // Reads the carrier once, if there is one; guarded by this.
    private void readCarrier() {
        if (traceCarrier != null) {
            try {
                trace = traceCarrier.get();
            } catch (RuntimeException unreadable) {
                trace = null;
            }
            traceCarrier = null;
            fromCaller = trace != null;
        }
    }

    @Override
    public synchronized TraceContext traceContext() {
        readCarrier();
        if (trace == null) {
            trace = TraceContext.fresh();
        }
        return trace;
    }

    @Override
    public String toString() {
        return provider + " " + functionName + " " + invocationId();
    }
}
