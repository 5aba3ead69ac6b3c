package io.portablefn.testkit.azure;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The Java worker's {@link ExecutionContext}: the invocation id the host gave the call (a GUID),
 * the function's {@code @FunctionName}, and a java.util.logging logger.
 */
public final class WorkerContext implements ExecutionContext {

    private final String invocationId;
    private final String functionName;
    private final Logger logger;

    public WorkerContext(String invocationId, String functionName, Logger logger) {
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
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }
}
