package io.portablefn.cloudevents;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import java.time.Instant;

/** The little of a Context that CloudEvents read: the provider and the function's name. */
record TestContext(Provider provider, String functionName) implements Context {

    @Override
    public String invocationId() {
        return "inv-1";
    }

    @Override
    public Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    @Override
    public FunctionLogger logger() {
        throw new UnsupportedOperationException("not logged in these tests");
    }

    @Override
    public TraceContext traceContext() {
        throw new UnsupportedOperationException("not traced in these tests");
    }
}
