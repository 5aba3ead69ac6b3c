package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.Seen;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs event cases on event targets and judges them, as {@link ConformanceEngine} does for HTTP:
 * each target's {@link Delivery} and what the handler saw ({@link Seen}, relayed from a child JVM
 * by targets that run the function in one), against the case's expectation and the known-gap ledger; then the passing
 * targets against each other. Never throws for a target's failure.
 */
public final class EventEngine {

    private final KnownGaps gaps;

    public EventEngine(KnownGaps gaps) {
        this.gaps = Objects.requireNonNull(gaps);
    }

    /**
     * What one target did with one case: the outcome, and what it was built from for the
     * agreement check.
     *
     * @param outcome the verdict on this target
     * @param delivery what the cloud was told; null when the target failed, could not run or was excluded
     * @param views what the handler saw; null when the target failed, could not run or was excluded
     */
    public record Run(Outcome outcome, Delivery delivery, List<Seen.View> views) {
    }

    /** Runs every case on every target, one after the other. */
    public List<EventCaseResult> run(List<EventCase> cases, List<? extends EventTarget> targets) {
        List<EventCaseResult> results = new ArrayList<>();
        for (EventCase eventCase : cases) {
            List<Run> runs = new ArrayList<>();
            for (EventTarget target : targets) {
                runs.add(runOn(eventCase, target));
            }
            results.add(judge(eventCase, runs));
        }
        return results;
    }

    /** Delivers the case's event on one target and judges what followed. */
    public Run runOn(EventCase eventCase, EventTarget target) {
        String notApplicable = eventCase.notApplicable().get(target.name());
        if (notApplicable != null) {
            return new Run(Judgement.excluded(target.name(), notApplicable), null, null);
        }
        Delivery delivery;
        List<Seen.View> views;
        try (Seen.Watch watch = Seen.watch(eventCase.function())) {
            delivery = target.deliver(eventCase.function(), eventCase.event());
            views = watch.views();
        } catch (Exception | LinkageError failure) {
            return new Run(Outcome.thrown(target.name(), failure), null, null);
        }
        EventExpectation expect = eventCase.expect();
        List<String> diffs = new ArrayList<>(expect.deliveryDifferences(delivery));
        diffs.addAll(expect.seenDifferences(eventCase.event(), views));
        return new Run(Judgement.of(gaps, target.name(), eventCase.id(), diffs, List.of(), null), delivery, views);
    }

    /**
     * The case's result from its runs. Targets that passed must also agree with each other: on
     * the ids redelivered, on the events the handler saw, and on every field of those events
     * that both clouds give (a field one cloud leaves out, such as SNS's delivery count, is not
     * compared; nor are storage and schedule ids, which each cloud makes its own way, nor a
     * message's publish time or delivery count when the case left them to the cloud).
     */
    public EventCaseResult judge(EventCase eventCase, List<Run> runs) {
        List<String> disagreements = new ArrayList<>();
        Run first = null;
        for (Run run : runs) {
            if (run.outcome().verdict() != Verdict.PASS) {
                continue;
            }
            if (first == null) {
                first = run;
                continue;
            }
            if (!run.delivery().redelivered().equals(first.delivery().redelivered())) {
                disagreements.add(name(run) + " differs from " + name(first) + " on redelivered: "
                        + new TreeSet<>(run.delivery().redelivered()) + " vs " + new TreeSet<>(first.delivery().redelivered()));
            }
            compareViews(eventCase.event(), run, first, disagreements);
        }
        return new EventCaseResult(eventCase, runs.stream().map(Run::outcome).toList(), disagreements);
    }

    private static void compareViews(WireEvent event, Run run, Run reference, List<String> disagreements) {
        Map<String, List<ObjectNode>> ours = EventExpectation.byId(event, run.views());
        Map<String, List<ObjectNode>> theirs = EventExpectation.byId(event, reference.views());
        Map<String, Integer> ourCounts = counts(ours);
        Map<String, Integer> theirCounts = counts(theirs);
        if (!ourCounts.equals(theirCounts)) {
            disagreements.add(name(run) + " differs from " + name(reference) + " on what the handler saw (id=times): "
                    + ourCounts + " vs " + theirCounts);
            return;
        }
        boolean messages = event instanceof WireEvent.Messages;
        ours.forEach((id, views) -> {
            ObjectNode mine = views.get(0);
            ObjectNode other = theirs.get(id).get(0);
            Set<String> unset = messages ? unset(((WireEvent.Messages) event), id) : Set.of("id");
            mine.fieldNames().forEachRemaining(field -> {
                JsonNode a = mine.path(field);
                JsonNode b = other.path(field);
                boolean comparable = !a.isNull() && !b.isNull() && !b.isMissingNode() && !unset.contains(field);
                if (comparable && JsonDiff.differences(a, b).size() > 0) {
                    disagreements.add(name(run) + " differs from " + name(reference) + " on seen " + id + " " + field
                            + ": " + a + " vs " + b);
                }
            });
        });
    }

    // A field the case left to the cloud (no publish time or count given) may differ per cloud.
    private static Set<String> unset(WireEvent.Messages event, String id) {
        Set<String> unset = new HashSet<>();
        event.messages().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> {
            if (m.publishTime() == null) {
                unset.add("publishTime");
            }
            if (m.deliveryCount() == null) {
                unset.add("deliveryCount");
            }
        });
        return unset;
    }

    private static Map<String, Integer> counts(Map<String, List<ObjectNode>> byId) {
        Map<String, Integer> counts = new TreeMap<>();
        byId.forEach((id, views) -> counts.put(id, views.size()));
        return counts;
    }

    private static String name(Run run) {
        return run.outcome().target();
    }
}
