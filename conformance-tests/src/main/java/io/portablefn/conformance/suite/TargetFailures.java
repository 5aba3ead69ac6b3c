package io.portablefn.conformance.suite;

import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.List;

/**
 * Turns a target that threw into an outcome. Some failures are skips, because the target cannot
 * run the case at all rather than running it wrongly: the function has no generated entry point
 * for that cloud (its generator was not on the processor path); an HTTP target's client cannot
 * put the request on the wire (it takes only valid URIs: IllegalArgumentException); an event
 * target's cloud cannot deliver such an event to such a function at all (IllegalArgumentException
 * or UnsupportedOperationException). Anything else fails the case.
 */
final class TargetFailures {

    private TargetFailures() {
    }

    static Outcome outcome(String target, Throwable failure) {
        Outcome skip = missingEntryPoint(target, failure);
        if (skip != null) {
            return skip;
        }
        if (failure instanceof IllegalArgumentException) {
            return new Outcome(target, Verdict.SKIP, List.of("cannot send this request: " + failure.getMessage()), null);
        }
        return new Outcome(target, Verdict.FAIL, List.of("the target failed: " + failure), null);
    }

    static Outcome eventOutcome(String target, Throwable failure) {
        Outcome skip = missingEntryPoint(target, failure);
        if (skip != null) {
            return skip;
        }
        if (failure instanceof IllegalArgumentException || failure instanceof UnsupportedOperationException) {
            return new Outcome(target, Verdict.SKIP, List.of("cannot deliver this event: " + failure.getMessage()), null);
        }
        return new Outcome(target, Verdict.FAIL, List.of("the target failed: " + failure), null);
    }

    private static Outcome missingEntryPoint(String target, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                return new Outcome(target, Verdict.SKIP, List.of("no generated entry point: " + cause.getMessage()
                        + " is missing; put that cloud's generator on the annotation processor path"), null);
            }
        }
        return null;
    }
}
