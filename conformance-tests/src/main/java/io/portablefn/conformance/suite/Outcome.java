package io.portablefn.conformance.suite;

import io.portablefn.conformance.WireResponse;
import java.util.List;

/**
 * What one target did with one case.
 *
 * @param target the target's name
 * @param verdict the verdict
 * @param details what a person needs: the differing fields of a failure, the cause of a known
 *     gap, the reason for a skip, what a pass could not observe
 * @param response the target's answer, or null when it gave none (a skip, an error, an event case)
 */
public record Outcome(String target, Verdict verdict, List<String> details, WireResponse response) {

    public Outcome {
        details = List.copyOf(details);
    }

    /** A verdict on one target. */
    public enum Verdict {
        /** The answer matches the expectation. */
        PASS("pass"),
        /** The answer differs from the expectation, or the target failed to answer. */
        FAIL("fail"),
        /** The answer differs, as the known-gap ledger says it must. */
        KNOWN_GAP("known gap"),
        /** The ledger lists a gap, but the answer matches: the ledger is stale. */
        GAP_NOW_PASSES("fail: gap now passes"),
        /** The target cannot run this case at all; the details say why. */
        SKIP("skip");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** How the report shows it. */
        public String label() {
            return label;
        }

        /** Whether this verdict fails the case. */
        public boolean fails() {
            return this == FAIL || this == GAP_NOW_PASSES;
        }
    }

    /** How the report shows it: the verdict's label. */
    public String label() {
        return verdict.label();
    }

    /** One line for a person: the verdict, and its details indented below. */
    public String describe(String caseId) {
        String head = switch (verdict) {
            case PASS -> target + " passes " + caseId + (details.isEmpty() ? "" : ":");
            case FAIL -> target + " differs from the expectation of " + caseId + ":";
            case KNOWN_GAP -> target + " fails " + caseId + " as the known-gap ledger says:";
            case GAP_NOW_PASSES -> target + " now passes " + caseId + ", listed as a known gap: remove the entry"
                    + " from the ledger (and from the gap table of docs/mapping.md or docs/events.md). Its cause was:";
            case SKIP -> target + " skips " + caseId + ":";
        };
        return details.isEmpty() ? head : head + "\n  " + String.join("\n  ", details);
    }
}
