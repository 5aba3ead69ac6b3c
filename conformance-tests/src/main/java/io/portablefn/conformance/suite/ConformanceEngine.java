package io.portablefn.conformance.suite;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Runs cases on targets and judges them: each target's answer against the case's expectation
 * and the known-gap ledger, then the passing targets against each other. Never throws for a
 * target's failure; a failure is an outcome, so one broken target cannot hide the others.
 */
public final class ConformanceEngine {

    private final KnownGaps gaps;

    public ConformanceEngine(KnownGaps gaps) {
        this.gaps = Objects.requireNonNull(gaps);
    }

    /** Runs every case on every target, one after the other. */
    public List<CaseResult> run(List<HttpCase> cases, List<Target> targets) {
        List<CaseResult> results = new ArrayList<>();
        for (HttpCase httpCase : cases) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Target target : targets) {
                outcomes.add(runOn(httpCase, target));
            }
            results.add(judge(httpCase, outcomes));
        }
        return results;
    }

    /** Sends the case's request to one target and judges the answer. */
    public Outcome runOn(HttpCase httpCase, Target target) {
        String notApplicable = httpCase.notApplicable().get(target.name());
        if (notApplicable != null) {
            return Judgement.excluded(target.name(), notApplicable);
        }
        WireResponse response;
        try {
            response = target.send(httpCase.function(), httpCase.request());
        } catch (Exception | LinkageError failure) {
            return Outcome.thrown(target.name(), failure);
        }
        List<String> diffs = httpCase.expect().differences(response, target.provider());
        return Judgement.of(gaps, target.name(), httpCase.id(), diffs, List.of(), response);
    }

    /**
     * The case's result from its outcomes: targets that passed must also agree with each other,
     * field by field, on what {@link Views#agreementView} keeps (headers the expectation does not
     * name, such as an extra {@code x-*} header, are caught here).
     */
    public CaseResult judge(HttpCase httpCase, List<Outcome> outcomes) {
        List<String> disagreements = new ArrayList<>();
        Outcome first = null;
        Map<String, String> reference = null;
        for (Outcome outcome : outcomes) {
            if (outcome.verdict() != Verdict.PASS) {
                continue;
            }
            Map<String, String> view = Views.agreementView(outcome.response(), httpCase.expect().providerMembers());
            if (first == null) {
                first = outcome;
                reference = view;
                continue;
            }
            TreeSet<String> fields = new TreeSet<>(reference.keySet());
            fields.addAll(view.keySet());
            for (String field : fields) {
                String theirs = reference.getOrDefault(field, "absent");
                String ours = view.getOrDefault(field, "absent");
                if (!theirs.equals(ours)) {
                    disagreements.add(outcome.target() + " differs from " + first.target() + " on " + field + ": "
                            + Views.shorten(ours) + " vs " + Views.shorten(theirs));
                }
            }
        }
        return new CaseResult(httpCase, outcomes, disagreements);
    }
}
