package io.portablefn.testkit.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The Java worker's {@link ExecutionContext}: the invocation id the host gave the call (a GUID),
 * the function's {@code @FunctionName}, a java.util.logging logger and the host's trace context
 * (the activity current in the host during the invocation; none unless given).
 */
public final class WorkerContext implements ExecutionContext {

    private final String invocationId;
    private final String functionName;
    private final Logger logger;
    private final TraceContext trace;

    public WorkerContext(String invocationId, String functionName, Logger logger) {
        this(invocationId, functionName, logger, null, null);
    }

    /**
     * @param traceparent what the host sends as the invocation's {@code TraceParent}: its
     *     activity's id (the host sends an empty string when it has none); null for no trace context at all
     * @param tracestate the activity's trace state; may be null
     */
    public WorkerContext(String invocationId, String functionName, Logger logger, String traceparent,
            String tracestate) {
        this.trace = traceparent == null ? null : new HostTrace(traceparent, tracestate == null ? "" : tracestate);
        this.invocationId = Objects.requireNonNull(invocationId, "invocationId");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /** A context with a fresh GUID, as the host makes one per invocation. */
    public static WorkerContext fresh(String functionName, Logger logger) {
        return new WorkerContext(UUID.randomUUID().toString(), functionName, logger);
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public TraceContext getTraceContext() {
        return trace;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    /** The worker's trace context: the host's values as they came, with no attributes. */
    private record HostTrace(String traceparent, String tracestate) implements TraceContext {
        @Override
        public String getTraceparent() {
            return traceparent;
        }

        @Override
        public String getTracestate() {
            return tracestate;
        }

        @Override
        public Map<String, String> getAttributes() {
            return Map.of();
        }
    }
}
