package io.portablefn.conformance.suite;

import io.portablefn.conformance.events.WireEvent;
import java.util.List;
import java.util.Map;

/**
 * One event conformance case, as read from its file: an event delivered to one function, what
 * the cloud must then do and what the function must have seen. See docs/conformance.md for the
 * file format and docs/events.md for the rules.
 *
 * @param id a stable id, the file's name without {@code .json}
 * @param description what the case shows, for a person reading the report
 * @param rules the ids of the docs/events.md rules this case proves
 * @param function the user class (annotated {@code @Function}) the event goes to
 * @param event what happens in the world: messages sent, an object changed, a firing, a foreign event
 * @param expect what every event target must do and show
 * @param source where the case was read from, for error messages
 * @param notApplicable target name to the reason this case cannot apply there; those targets are
 *     excluded from the case, not run
 */
public record EventCase(String id, String description, List<String> rules, Class<?> function, WireEvent event,
        EventExpectation expect, String source, Map<String, String> notApplicable) {

    public EventCase {
        rules = List.copyOf(rules);
        notApplicable = Map.copyOf(notApplicable);
    }

    /** A case that applies to every event target. */
    public EventCase(String id, String description, List<String> rules, Class<?> function, WireEvent event,
            EventExpectation expect, String source) {
        this(id, description, rules, function, event, expect, source, Map.of());
    }

    @Override
    public String toString() {
        return id;
    }
}
