package io.portablefn.conformance.suite;

import java.util.List;

/**
 * The verdict on one case, HTTP or event, over every target: what the report shows in a row. A
 * case passes when no target fails it (a known gap or an excluded cell does not fail it) and
 * every target that passed gave the same answer.
 */
public interface CaseVerdict {

    /** The case's id. */
    String caseId();

    /** What the case shows, for a person reading the report. */
    String description();

    /** One outcome per target, in target order. */
    List<Outcome> outcomes();

    /** Where passing targets answered differently from each other; empty if none. */
    List<String> disagreements();

    default boolean passed() {
        return disagreements().isEmpty() && outcomes().stream().noneMatch(o -> o.verdict().fails());
    }

    /** The outcome of the target named {@code target}, or null when it did not run. */
    default Outcome outcome(String target) {
        return outcomes().stream().filter(o -> o.target().equals(target)).findFirst().orElse(null);
    }

    /** Every failure of this case, readable by a person; empty when it passed. */
    default String failureReport() {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : outcomes()) {
            if (outcome.verdict().fails()) {
                text.append(outcome.describe(caseId())).append('\n');
            }
        }
        if (!disagreements().isEmpty()) {
            text.append("targets disagree on ").append(caseId()).append(":\n  ")
                    .append(String.join("\n  ", disagreements())).append('\n');
        }
        return text.toString();
    }
}
