package io.portablefn.conformance.suite;

import java.util.List;

/**
 * The verdict on one case over every target. A case passes when no target fails it (a known gap
 * or a skip does not fail it) and every target that passed gave the same answer.
 *
 * @param httpCase the case
 * @param outcomes one per target, in target order
 * @param disagreements where passing targets answered differently from each other; empty if none
 */
public record CaseResult(HttpCase httpCase, List<Outcome> outcomes, List<String> disagreements) {

    public CaseResult {
        outcomes = List.copyOf(outcomes);
        disagreements = List.copyOf(disagreements);
    }

    public boolean passed() {
        return disagreements.isEmpty() && outcomes.stream().noneMatch(o -> o.verdict().fails());
    }

    /** The outcome of the target named {@code target}, or null when it did not run. */
    public Outcome outcome(String target) {
        return outcomes.stream().filter(o -> o.target().equals(target)).findFirst().orElse(null);
    }

    /** Every failure of this case, readable by a person; empty when it passed. */
    public String failureReport() {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : outcomes) {
            if (outcome.verdict().fails()) {
                text.append(outcome.describe(httpCase.id())).append('\n');
            }
        }
        if (!disagreements.isEmpty()) {
            text.append("targets disagree on ").append(httpCase.id()).append(":\n  ")
                    .append(String.join("\n  ", disagreements)).append('\n');
        }
        return text.toString();
    }
}
