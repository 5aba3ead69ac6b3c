package io.portablefn.conformance.suite;

import io.portablefn.conformance.WireResponse;
import java.util.List;

/**
 * What one target did with one case.
 *
 * @param target the target's name
 * @param verdict the verdict
 * @param details what a person needs: the differing fields of a failure, the cause of a known
 *     gap, why a target cannot run or was excluded, what a pass could not observe
 * @param response the target's answer, or null when it gave none (an exclusion, an error, an
 *     event case)
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
        /** The ledger lists a gap, but the answer differs in another way than the entry records. */
        DIFFERENT_GAP("fail: different gap"),
        /**
         * The target could not run the case at all ({@link io.portablefn.conformance.TargetCannotRun});
         * the details say why.
         */
        CANNOT_RUN("fail: cannot run"),
        /** The case excludes this target explicitly (its {@code notApplicable}); the details say why. */
        EXCLUDED("excluded");

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
            return this == FAIL || this == GAP_NOW_PASSES || this == DIFFERENT_GAP || this == CANNOT_RUN;
        }
    }

    /**
     * The outcome of a target that threw: {@link Verdict#CANNOT_RUN} when a {@code TargetCannotRun}
     * is the failure or its cause, else a failure of the target. Both fail the case.
     */
    public static Outcome thrown(String target, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.portablefn.conformance.TargetCannotRun cannotRun) {
                return new Outcome(target, Verdict.CANNOT_RUN, List.of(cannotRun.getMessage()), null);
            }
        }
        return new Outcome(target, Verdict.FAIL, List.of("the target failed: " + failure), null);
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
            case DIFFERENT_GAP -> target + " fails " + caseId + ", a known gap, differently from what the ledger"
                    + " records:";
            case CANNOT_RUN -> target + " cannot run " + caseId + ":";
            case EXCLUDED -> target + " is excluded from " + caseId + ":";
        };
        return details.isEmpty() ? head : head + "\n  " + String.join("\n  ", details);
    }
}
