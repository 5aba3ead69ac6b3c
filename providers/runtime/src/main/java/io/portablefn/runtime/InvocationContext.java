package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
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
    private final FunctionLogger logger;
    private TraceContext trace; // the caller's, or fresh on first use; guarded by this
    private Supplier<TraceContext> traceCarrier; // read on first use, then dropped; guarded by this

    public InvocationContext(Provider provider, String invocationId, String functionName,
            Instant deadline, FunctionLogger logger) {
        this(provider, Objects.requireNonNull(invocationId, "invocationId"), null, functionName, deadline, logger);
    }

    /**
     * A context whose invocation id is looked up only when first asked for (see
     * {@code HttpRequest.Builder.requestIdFrom}); {@code invocationId} must give the same id each time.
     */
    public InvocationContext(Provider provider, Supplier<String> invocationId, String functionName,
            Instant deadline, FunctionLogger logger) {
        this(provider, null, Objects.requireNonNull(invocationId, "invocationId"), functionName, deadline, logger);
    }

    private InvocationContext(Provider provider, String invocationId, Supplier<String> invocationIdSource,
            String functionName, Instant deadline, FunctionLogger logger) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.invocationId = invocationId;
        this.invocationIdSource = invocationIdSource;
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.logger = Objects.requireNonNull(logger, "logger");
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
        return logger;
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
        InvocationContext copy = new InvocationContext(provider, invocationId, invocationIdSource, functionName,
                deadline, logger);
        copy.trace = trace;
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
                deadline, logger);
        copy.traceCarrier = Objects.requireNonNull(carrier, "carrier");
        return copy;
    }

    @Override
    public synchronized TraceContext traceContext() {
        if (trace == null && traceCarrier != null) {
            try {
                trace = traceCarrier.get();
            } catch (RuntimeException unreadable) {
                trace = null;
            }
            traceCarrier = null;
        }
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
