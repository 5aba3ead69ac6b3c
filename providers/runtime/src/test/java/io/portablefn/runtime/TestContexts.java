package io.portablefn.runtime;

import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A context whose logger remembers what it was given. */
final class TestContexts {

    private TestContexts() {
    }

    static final class RecordingLogger implements FunctionLogger {
        final List<String> lines = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override public void info(String message) { lines.add(message); }
        @Override public void warn(String message) { lines.add(message); }
        @Override public void error(String message) { lines.add(message); }
        @Override public void error(String message, Throwable failure) {
            lines.add(message);
            failures.add(failure);
        }
    }

    static InvocationContext context(RecordingLogger logger) {
        return new InvocationContext(Provider.LOCAL, "inv-1", "fn", Instant.now().plusSeconds(30), logger);
    }
}
