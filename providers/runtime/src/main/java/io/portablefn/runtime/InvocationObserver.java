package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.HttpResponse;

/**
 * Watches the invocations of portable functions: told just before a handler runs and just after
 * it has ended. The hook through which the optional portablefn-opentelemetry module opens one
 * span per invocation (docs/observability.md); the runtime itself never implements it.
 *
 * <p>Found without scanning: the first time a portable function is defined, the runtime tries
 * once to load the class named {@link #MODULE_CLASS} ({@link PortableFunction#OBSERVER}). When it
 * is absent, an invocation costs one null check and this type is never loaded. An observer can
 * also be attached to one function with {@code observedBy}, for tests and hand-made definitions.
 *
 * <p>Both calls are made on the thread that runs the handler, {@code started} right before it
 * and {@code ended} after the outcome is known (a timed-out invocation included), so an observer
 * may make its state current for the handler (a thread-local) and undo it when told the end.
 * What an observer throws is logged through the invocation's logger and otherwise ignored: it
 * never changes what the function answers.
 */
public interface InvocationObserver {

    /**
     * The class the runtime looks for: public, with a public no-argument constructor. Only the
     * portablefn-opentelemetry module ships it.
     */
    String MODULE_CLASS = "io.portablefn.opentelemetry.InvocationSpans";

    /**
     * A handler is about to run.
     *
     * @param function the function, an {@link HttpFunction} or an {@link EventFunction}
     * @param event what the handler is given: the routed {@code HttpRequest}, or the {@code
     *     Message}, {@code StorageEvent} or {@code ScheduleEvent}
     * @param context the invocation's context, as the handler gets it
     * @return what to tell when the invocation ends
     */
    Invocation started(PortableFunction function, Object event, Context context);

    /** One invocation in progress; exactly one of its methods is called, once. */
    interface Invocation {

        /**
         * An HTTP function answered {@code response} (a 500 or 504 included).
         *
         * @param failure what the handler threw that made the answer a 500, or null
         */
        void answered(HttpResponse response, Throwable failure);

        /**
         * An event function's handler ended with {@code outcome}.
         *
         * @param failure what the handler threw that made the outcome {@code FAILED}, or null
         */
        void handled(EventOutcome outcome, Throwable failure);
    }
}
