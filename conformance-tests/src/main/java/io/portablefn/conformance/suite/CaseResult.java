package io.portablefn.conformance.suite;

import java.util.List;

/**
 * The verdict on one HTTP case over every target (see {@link CaseVerdict}).
 *
 * @param httpCase the case
 * @param outcomes one per target, in target order
 * @param disagreements where passing targets answered differently from each other; empty if none
 */
public record CaseResult(HttpCase httpCase, List<Outcome> outcomes, List<String> disagreements) implements CaseVerdict {

    public CaseResult {
        outcomes = List.copyOf(outcomes);
        disagreements = List.copyOf(disagreements);
    }

    @Override
    public String caseId() {
        return httpCase.id();
    }

    @Override
    public String description() {
        return httpCase.description();
    }
}
