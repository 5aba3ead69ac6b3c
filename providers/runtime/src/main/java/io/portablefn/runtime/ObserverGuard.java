package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.HttpResponse;

/**
 * An {@link InvocationObserver} that cannot break an invocation: what the observer it wraps
 * throws is logged and dropped. Loaded only when there is an observer.
 */
final class ObserverGuard implements InvocationObserver {

    private final InvocationObserver observer;

    private ObserverGuard(InvocationObserver observer) {
        this.observer = observer;
    }

    /** {@code observer}, guarded; null for null. */
    static InvocationObserver of(InvocationObserver observer) {
        return observer == null || observer instanceof ObserverGuard ? observer : new ObserverGuard(observer);
    }

    @Override
    public Invocation started(PortableFunction function, Object event, Context context) {
        try {
            Invocation invocation = observer.started(function, event, context);
            return invocation == null ? null : new Guarded(invocation, context.logger(), observer);
        } catch (RuntimeException | LinkageError broken) {
            report(context.logger(), observer, "start", broken);
            return null;
        }
    }

    private static void report(FunctionLogger logger, InvocationObserver observer, String what, Throwable broken) {
        logger.warn("Invocation observer " + observer.getClass().getName() + " failed at the " + what
                + " of an invocation and was skipped; the function ran as usual: " + broken);
    }

    private record Guarded(Invocation invocation, FunctionLogger logger, InvocationObserver observer)
            implements Invocation {

        @Override
        public void answered(HttpResponse response, Throwable failure) {
            try {
                invocation.answered(response, failure);
            } catch (RuntimeException | LinkageError broken) {
                report(logger, observer, "end", broken);
            }
        }

        @Override
        public void handled(EventOutcome outcome, Throwable failure) {
            try {
                invocation.handled(outcome, failure);
            } catch (RuntimeException | LinkageError broken) {
                report(logger, observer, "end", broken);
            }
        }
    }
}
