package io.portablefn.runtime.log;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import java.util.Objects;

/**
 * The {@link FunctionLogger} a function gets: every call becomes one record of {@code sink},
 * stamped with {@code invocation}'s function name, invocation id and trace id, read when the
 * record is written (so the trace context is whatever the invocation holds by then).
 */
public final class InvocationLogger implements FunctionLogger {

    private final LogSink sink;
    private final Context invocation;

    public InvocationLogger(LogSink sink, Context invocation) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
    }

    @Override
    public void info(String message) {
        sink.write(Severity.INFO, String.valueOf(message), null, invocation);
    }

    @Override
    public void warn(String message) {
        sink.write(Severity.WARN, String.valueOf(message), null, invocation);
    }

    @Override
    public void error(String message) {
        sink.write(Severity.ERROR, String.valueOf(message), null, invocation);
    }

    @Override
    public void error(String message, Throwable failure) {
        sink.write(Severity.ERROR, String.valueOf(message), failure, invocation);
    }
}
