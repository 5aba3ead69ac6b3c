package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.log.InvocationLogger;
import io.portablefn.runtime.log.LogSink;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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
    private InvocationTrace trace = new InvocationTrace(null, null); // replaced only by the copies below

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
     * This context continuing {@code trace}, the trace context the provider read from the caller's
     * carrier; null leaves it to this context's platform context ({@link #inPlatformTrace}), if
     * any, else to be made fresh on first use.
     */
    public InvocationContext continuing(TraceContext trace) {
        return withTrace(InvocationTrace.of(trace, this.trace.platformCarrier()));
    }

    /**
     * This context continuing the trace context {@code carrier} reads from the caller's carrier (a
     * request's trace header, a message's trace attribute), on first use only: a function that
     * never asks never pays for looking up or parsing a header. The carrier returns null when the
     * invocation came with no valid trace context; the context is then this context's platform
     * context ({@link #inPlatformTrace}), if any, else fresh. Should it throw, the same, since a bad
     * trace header must never fail an invocation (W3C Trace Context, section 4.3: a receiver that
     * cannot parse it starts a new trace). Called once at most.
     */
    public InvocationContext continuing(Supplier<TraceContext> carrier) {
        return withTrace(new InvocationTrace(Objects.requireNonNull(carrier, "carrier"),
                this.trace.platformCarrier()));
    }

    /**
     * This context in the cloud's own trace context for the invocation, which {@code platform}
     * reads on first use, when no caller's carrier gives one (the Lambda runtime's trace header,
     * the Azure host's activity). Kept by the copies {@code continuing} makes, so that each
     * message of a batch falls back to it. It is the platform's, not the caller's:
     * {@link #continuesCaller()} is false and {@link #platformTrace()} names it.
     */
    public InvocationContext inPlatformTrace(Supplier<TraceContext> platform) {
        return withTrace(new InvocationTrace(null, Objects.requireNonNull(platform, "platform")));
    }

    // A sink's logger is made anew for the copy, so that its records carry the copy's trace.
    private InvocationContext withTrace(InvocationTrace trace) {
        InvocationContext copy = new InvocationContext(provider, invocationId, invocationIdSource, functionName,
                deadline, sink == null ? logger : null, sink);
        copy.trace = trace;
        return copy;
    }

    /**
     * True when this invocation's trace context came from the caller's carrier; false when the
     * caller sent none (or none valid), so that it is the platform's own, or fresh.
     */
    public boolean continuesCaller() {
        return trace.origin() == InvocationTrace.Origin.CALLER;
    }

    /**
     * The cloud's own trace context for this invocation, when the caller sent none and the cloud
     * gave one ({@link #inPlatformTrace}); empty otherwise, and once an observer's trace is adopted.
     */
    public Optional<TraceContext> platformTrace() {
        return Optional.ofNullable(trace.platform());
    }

    /**
     * Makes {@code started} this invocation's trace context, when the caller sent none and the
     * function (or its logger) has not seen one yet: an observer that starts a new trace for the
     * invocation (the OpenTelemetry module's root span) makes the function's logs and the trace
     * context it passes on continue that trace. The platform's own context, not yet seen, is
     * replaced. Returns false, changing nothing, otherwise.
     */
    public boolean adoptTrace(TraceContext started) {
        return trace.adopt(Objects.requireNonNull(started, "started"));
    }

    @Override
    public TraceContext traceContext() {
        return trace.handOut();
    }

    @Override
    public String toString() {
        return provider + " " + functionName + " " + invocationId();
    }
}
