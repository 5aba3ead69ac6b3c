package io.portablefn.samples.events;

import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.runtime.InvocationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A context for one test invocation whose logger keeps each line, prefixed with its level. */
final class TestContext {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final InvocationContext context;

    TestContext(String functionName) {
        FunctionLogger logger = new FunctionLogger() {
            @Override
            public void info(String message) {
                lines.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                lines.add("WARN " + message);
            }

            @Override
            public void error(String message) {
                lines.add("ERROR " + message);
            }

            @Override
            public void error(String message, Throwable failure) {
                lines.add("ERROR " + message);
            }
        };
        // Far enough away that no deadline is ever near.
        context = new InvocationContext(Provider.LOCAL, "test-invocation", functionName,
                Instant.now().plusSeconds(600), logger);
    }

    InvocationContext context() {
        return context;
    }

    /** The lines logged so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The one line logged so far; fails when there are none or several. */
    String line() {
        List<String> all = lines();
        if (all.size() != 1) {
            throw new AssertionError("expected one log line, got " + all);
        }
        return all.get(0);
    }
}
