package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.Seen;
import io.portablefn.conformance.events.WireEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an event case expects of every target.
 *
 * @param redelivered the ids the cloud must deliver again; every other one is done with
 * @param seen the events that must reach the handler, each exactly once, by id, with the fields
 *     of its view the case checks (others are not checked; a field given as null must be null);
 *     an id not listed must not reach the handler. Null when the case does not check what the
 *     handler saw (the function does not record it).
 * @param errorsContain texts that must each appear in what the cloud was told of a failure
 * @param errorsExclude texts that must appear in none of it (a handler's exception message)
 */
public record EventExpectation(List<String> redelivered, Map<String, ObjectNode> seen, List<String> errorsContain,
        List<String> errorsExclude) {

    /** A Java stack frame, which must never reach a cloud. */
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.<>/]+\\(|Caused by: ");

    public EventExpectation {
        redelivered = List.copyOf(redelivered);
        seen = seen == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
        errorsContain = List.copyOf(errorsContain);
        errorsExclude = List.copyOf(errorsExclude);
    }

    /** What differs in what the cloud was told, one line per difference; empty if nothing. */
    public List<String> deliveryDifferences(Delivery delivery) {
        List<String> diffs = new ArrayList<>();
        Set<String> expected = new TreeSet<>(redelivered);
        Set<String> actual = new TreeSet<>(delivery.redelivered());
        if (!expected.equals(actual)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            diffs.add("redelivered: expected " + expected + ", was " + actual
                    + (missing.isEmpty() ? "" : "; not redelivered: " + missing)
                    + (extra.isEmpty() ? "" : "; redelivered but should not be: " + extra));
        }
        List<String> errors = delivery.errors();
        if (redelivered.isEmpty() && errorsContain.isEmpty() && !errors.isEmpty()) {
            diffs.add("errors: expected none (nothing failed), was " + shown(errors));
        }
        for (String text : errorsContain) {
            if (errors.stream().noneMatch(error -> error.contains(text))) {
                diffs.add("errors: expected one to contain " + Views.shorten(text) + ", was " + shown(errors));
            }
        }
        for (String text : errorsExclude) {
            errors.stream().filter(error -> error.contains(text)).findFirst().ifPresent(error ->
                    diffs.add("errors: must not contain " + Views.shorten(text) + ", but one does: " + Views.shorten(error)));
        }
        errors.stream().filter(error -> STACK_FRAME.matcher(error).find()).findFirst().ifPresent(error ->
                diffs.add("errors: one holds a stack trace, which must never reach the cloud: " + Views.shorten(error)));
        return diffs;
    }

    /**
     * What differs in what the handler saw, one line per difference; empty if nothing or when
     * the case does not check it. A storage event or firing is one event, and its view is
     * matched whatever id the cloud gave it (S3 events have no id of their own).
     */
    public List<String> seenDifferences(WireEvent event, List<Seen.View> views) {
        if (seen == null) {
            return List.of();
        }
        Map<String, List<ObjectNode>> byId = byId(event, views);
        List<String> diffs = new ArrayList<>();
        seen.forEach((id, fields) -> {
            List<ObjectNode> got = byId.getOrDefault(id, List.of());
            if (got.isEmpty()) {
                diffs.add("seen " + id + ": expected the handler to see it once, it never did");
                return;
            }
            if (got.size() > 1) {
                diffs.add("seen " + id + ": expected the handler to see it once, it saw it " + got.size() + " times");
            }
            diffs.addAll(JsonDiff.memberDifferences("seen " + id, fields, got.get(0)));
        });
        byId.keySet().stream().filter(id -> !seen.containsKey(id)).forEach(id ->
                diffs.add("seen " + id + ": the handler saw it, but the case expects it not to reach the handler"));
        if (views.isEmpty() && !seen.isEmpty()) {
            diffs.add("seen: the handler recorded nothing; a function whose view a case checks records what it"
                    + " sees with io.portablefn.conformance.events.Seen");
        }
        return diffs;
    }

    /** The views by id, in the order seen; a single event's one view under the event's id. */
    static Map<String, List<ObjectNode>> byId(WireEvent event, List<Seen.View> views) {
        Map<String, List<ObjectNode>> byId = new LinkedHashMap<>();
        boolean single = !(event instanceof WireEvent.Messages) && !(event instanceof WireEvent.Changes)
                && views.size() == 1;
        for (Seen.View view : views) {
            String id = single ? event.ids().get(0) : view.id();
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(view.fields());
        }
        return byId;
    }

    private static String shown(List<String> errors) {
        return errors.isEmpty() ? "none" : errors.stream().map(Views::shorten).toList().toString();
    }
}
