package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import java.time.Instant;
import java.util.Objects;

/** The {@link Context} every provider hands to functions; providers only fill it in. */
public final class InvocationContext implements Context {

    private final Provider provider;
    private final String invocationId;
    private final String functionName;
    private final Instant deadline;
    private final FunctionLogger logger;

    public InvocationContext(Provider provider, String invocationId, String functionName,
            Instant deadline, FunctionLogger logger) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.invocationId = Objects.requireNonNull(invocationId, "invocationId");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public String invocationId() {
        return invocationId;
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

    @Override
    public String toString() {
        return provider + " " + functionName + " " + invocationId;
    }
}
