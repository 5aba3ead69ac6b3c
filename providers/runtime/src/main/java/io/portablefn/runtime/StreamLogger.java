package io.portablefn.runtime;

import io.portablefn.api.FunctionLogger;
import java.io.PrintStream;

/**
 * A {@link FunctionLogger} that prints lines, for tests and hand-made contexts. Providers log
 * through a {@link io.portablefn.runtime.log.LogSink} instead, whose records carry the invocation's
 * names (the local server's is {@link io.portablefn.runtime.log.ReadableLog}).
 */
public final class StreamLogger implements FunctionLogger {

    private final PrintStream out;
    private final String prefix;

    public StreamLogger(PrintStream out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public void info(String message) {
        out.println(prefix + " INFO " + message);
    }

    @Override
    public void warn(String message) {
        out.println(prefix + " WARN " + message);
    }

    @Override
    public void error(String message) {
        out.println(prefix + " ERROR " + message);
    }

    @Override
    public void error(String message, Throwable failure) {
        synchronized (out) {
            error(message);
            failure.printStackTrace(out);
        }
    }
}
