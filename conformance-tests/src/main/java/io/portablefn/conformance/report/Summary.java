package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseVerdict;
import java.util.List;

/** The one-line summary at the top of each report. */
final class Summary {

    private Summary() {
    }

    static String of(List<? extends CaseVerdict> results) {
        long passed = results.stream().filter(CaseVerdict::passed).count();
        long failed = results.size() - passed;
        return results.size() + " cases: " + passed + " passed, " + failed + " failed."
                + " A case passes when every target matches its expectation (a known gap must still fail, and"
                + " says why) and every target that passed gave the same answer.";
    }
}
