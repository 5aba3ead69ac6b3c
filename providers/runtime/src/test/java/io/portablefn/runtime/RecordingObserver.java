package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** An observer that writes down, in order, what it is told and on which thread. */
final class RecordingObserver implements InvocationObserver {

    final List<String> seen = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    final List<Context> contexts = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();
    boolean throwOnStart;
    boolean throwOnEnd;

    @Override
    public Invocation started(PortableFunction function, Object event, Context context) {
        seen.add("started " + function.name());
        events.add(event);
        contexts.add(context);
        threads.add(Thread.currentThread());
        if (throwOnStart) {
            throw new IllegalStateException("observer broke at start");
        }
        return new Invocation() {
            @Override
            public void answered(HttpResponse response, Throwable failure) {
                end("answered " + response.status(), failure);
            }

            @Override
            public void handled(EventOutcome outcome, Throwable failure) {
                end("handled " + outcome, failure);
            }
        };
    }

    private void end(String what, Throwable failure) {
        seen.add(what);
        failures.add(failure);
        threads.add(Thread.currentThread());
        if (throwOnEnd) {
            throw new IllegalStateException("observer broke at end");
        }
    }
}
