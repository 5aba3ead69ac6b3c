package io.portablefn.conformance.azure;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.UUID;
import java.util.logging.Logger;

/** The worker's ExecutionContext: a fresh invocation id (a GUID) per call, a JUL logger. */
final class ModelContext implements ExecutionContext {

    private static final Logger LOGGER = Logger.getLogger("portablefn.conformance.azure");

    private final String functionName;
    private final String invocationId = UUID.randomUUID().toString();

    ModelContext(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public Logger getLogger() {
        return LOGGER;
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
