package io.portablefn.conformance.suite;

import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.suite.KnownGaps.Gap;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of one target on one case, from what differed from the expectation and what the
 * known-gap ledger says about that cell: the one place where pass, fail, known gap, gap now
 * passes, different gap and excluded are decided, for HTTP and event cases alike
 * (docs/conformance.md, "Read the report").
 */
final class Judgement {

    private Judgement() {
    }

    /**
     * @param differences what differed from the expectation, one line per field; empty when nothing did
     * @param notes what a pass could not check (kept with a pass or a gap that now passes)
     * @param response the target's answer, or null for an event case
     */
    static Outcome of(KnownGaps gaps, String target, String caseId, List<String> differences, List<String> notes,
            WireResponse response) {
        Gap gap = gaps.gap(target, caseId);
        if (gap == null) {
            return differences.isEmpty() ? new Outcome(target, Verdict.PASS, notes, response)
                    : new Outcome(target, Verdict.FAIL, differences, response);
        }
        if (differences.isEmpty()) {
            List<String> details = new ArrayList<>(List.of(gap.cause()));
            details.addAll(notes);
            return new Outcome(target, Verdict.GAP_NOW_PASSES, details, response);
        }
        String observed = KnownGaps.observed(differences);
        if (gap.observed() != null && observed.strip().equals(gap.observed().strip())) {
            return new Outcome(target, Verdict.KNOWN_GAP, List.of("cause: " + gap.cause(), "observed: " + observed),
                    response);
        }
        List<String> details = new ArrayList<>(List.of("cause: " + gap.cause()));
        details.add("the ledger records: " + (gap.observed() == null ? "(nothing: the entry has no \"observed\")"
                : gap.observed()));
        details.add("observed now:       " + observed);
        details.add("if this is still the cloud's gap and not a new bug, set the entry's \"observed\" to the text"
                + " observed now");
        return new Outcome(target, Verdict.DIFFERENT_GAP, details, response);
    }

    /** A target the case excludes explicitly, with the case's reason; it is not run. */
    static Outcome excluded(String target, String reason) {
        return new Outcome(target, Verdict.EXCLUDED, List.of("not applicable: " + reason), null);
    }
}
