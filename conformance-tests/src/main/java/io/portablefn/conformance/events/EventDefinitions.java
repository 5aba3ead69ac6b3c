package io.portablefn.conformance.events;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.runtime.EventFunction;

/** Finds an event function's generated definition, which every event target starts from. */
public final class EventDefinitions {

    private EventDefinitions() {
    }

    /**
     * The definition {@code Xxx_PortableFunction.FUNCTION} of {@code functionClass}.
     *
     * @throws TargetCannotRun when the function is not an event function: an event target cannot
     *     run it, which fails the cell with this reason
     */
    public static EventFunction of(Class<?> functionClass) {
        Object definition;
        try {
            definition = GeneratedClasses.load(functionClass, GeneratedClasses.DEFINITION).getField("FUNCTION").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The definition of " + functionClass.getName() + " has no FUNCTION field", e);
        }
        if (definition instanceof EventFunction function) {
            return function;
        }
        throw new TargetCannotRun(functionClass.getName() + " is not an event function (queue, topic,"
                + " storage or schedule trigger); the HTTP targets run HTTP functions");
    }
}
