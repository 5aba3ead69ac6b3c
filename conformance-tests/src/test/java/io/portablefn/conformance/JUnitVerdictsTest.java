package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * How {@link ConformanceTest}'s cells reach JUnit, run through JUnit's own launcher: a target
 * that cannot run a case is a failed test naming what is missing, never a skipped one; a cell the
 * case excludes is a skipped test with the case's reason.
 */
class JUnitVerdictsTest {

    /** Cases on a function nobody generated entry points for. Run only through the launcher below. */
    @Conformance(functions = Unbuilt.class, cases = "verdicts/unbuilt", targets = "aws-http-api-v2",
            report = "junit-verdicts")
    static class OnAnUnbuiltFunction extends ConformanceTest {
    }

    @Test
    void aMissingEntryPointIsAFailedTestAndAnExcludedCellASkippedOne() {
        List<String> results = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    results.add(test.getDisplayName() + ": " + result.getStatus() + " "
                            + result.getThrowable().map(Throwable::getMessage).orElse(""));
                }
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                results.add(test.getDisplayName() + ": SKIPPED " + reason);
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(OnAnUnbuiltFunction.class)).build(), listener);
        String all = String.join("\n", results);
        assertEquals(4, results.size(), all);
        assertTrue(results.stream().anyMatch(r -> r.startsWith("unbuilt-hello on aws-http-api-v2: FAILED "
                + "aws-http-api-v2 cannot run unbuilt-hello:\n  No generated entry point"
                + " io.portablefn.conformance.Unbuilt_AwsHandler")), all);
        assertTrue(results.stream().anyMatch(r -> r.startsWith("unbuilt-elsewhere on aws-http-api-v2: ABORTED ")
                && r.contains("aws-http-api-v2 is excluded from unbuilt-elsewhere:\n  not applicable: built for another cloud only")),
                all);
    }
}
