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
        return copy;
    }

    @Override
    public synchronized TraceContext traceContext() {
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
