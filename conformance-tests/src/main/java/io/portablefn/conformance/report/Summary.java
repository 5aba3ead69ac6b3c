package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseResult;
import java.util.List;

/** The one-line summary at the top of each report. */
final class Summary {

    private Summary() {
    }

    static String of(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        long failed = results.size() - passed;
        return results.size() + " cases: " + passed + " passed, " + failed + " failed."
                + " A case passes when every target matches its expectation (a known gap must still fail, and"
                + " says why) and every target that passed gave the same answer.";
    }
}
