package io.portablefn.conformance.suite;

import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.List;

/**
 * Turns a target that threw into an outcome. Two failures are skips, because the target cannot
 * run the case at all rather than running it wrongly: the function has no generated entry point
 * for that cloud (its generator was not on the processor path), or the target's HTTP client
 * cannot put the request on the wire (it takes only valid URIs). Anything else fails the case.
 */
final class TargetFailures {

    private TargetFailures() {
    }

    static Outcome outcome(String target, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                return new Outcome(target, Verdict.SKIP, List.of("no generated entry point: " + cause.getMessage()
                        + " is missing; put that cloud's generator on the annotation processor path"), null);
            }
        }
        if (failure instanceof IllegalArgumentException) {
            return new Outcome(target, Verdict.SKIP, List.of("cannot send this request: " + failure.getMessage()), null);
        }
        return new Outcome(target, Verdict.FAIL, List.of("the target failed: " + failure), null);
    }
}
