package io.portablefn.conformance.suite;

import java.util.List;

/**
 * The verdict on one event case over every event target (see {@link CaseVerdict}).
 *
 * @param eventCase the case
 * @param outcomes one per target, in target order
 * @param disagreements where passing targets did or showed different things; empty if none
 */
public record EventCaseResult(EventCase eventCase, List<Outcome> outcomes, List<String> disagreements)
        implements CaseVerdict {

    public EventCaseResult {
        outcomes = List.copyOf(outcomes);
        disagreements = List.copyOf(disagreements);
    }

    @Override
    public String caseId() {
        return eventCase.id();
    }

    @Override
    public String description() {
        return eventCase.description();
    }
}
