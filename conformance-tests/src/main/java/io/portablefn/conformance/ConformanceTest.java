package io.portablefn.conformance;

import io.portablefn.conformance.report.Reports;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Suite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The JUnit 5 entry point: extend it, annotate the subclass with {@link Conformance}, and every
 * case runs on every target as dynamic tests (one container per case, one test per target, and
 * one test that the targets agree), so Surefire writes JUnit XML as for any test. When the class
 * finishes, the case x target matrix is written to target/conformance/&lt;report&gt;.md and .html.
 * A skipped target shows as a skipped test with its reason; a known gap passes; a listed gap that
 * passes fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceTest {

    private Conformance config;
    private Suite suite;
    private List<Target> targets;
    private ConformanceEngine engine;
    private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void openSuite() {
        config = getClass().getAnnotation(Conformance.class);
        Assertions.assertNotNull(config, () -> getClass().getName() + " extends ConformanceTest but has no"
                + " @Conformance annotation naming its functions and case directories");
        ClassLoader loader = getClass().getClassLoader();
        Suite.Builder builder = Suite.builder();
        if (config.builtInCases()) {
            builder.builtIn();
        }
        for (String directory : config.cases()) {
            builder.classpathCases(directory, loader, Arrays.asList(config.functions()));
        }
        if (!config.knownGaps().isEmpty()) {
            builder.gaps(KnownGaps.fromClasspath(config.knownGaps(), loader));
        }
        suite = builder.build();
        engine = new ConformanceEngine(suite.gaps());
        targets = Targets.named(List.of(config.targets()));
    }

    @TestFactory
    Stream<DynamicNode> conformance() {
        return suite.cases().stream().map(this::caseContainer);
    }

    private DynamicContainer caseContainer(HttpCase httpCase) {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        List<DynamicNode> tests = new ArrayList<>();
        for (Target target : targets) {
            // Each test names its case too: JUnit XML reporters often show only the leaf's name.
            tests.add(DynamicTest.dynamicTest(httpCase.id() + " on " + target.name(), () -> {
                Outcome outcome = engine.runOn(httpCase, target);
                outcomes.put(target.name(), outcome);
                Assumptions.assumeFalse(outcome.verdict() == Outcome.Verdict.SKIP,
                        () -> outcome.describe(httpCase.id()));
                Assertions.assertFalse(outcome.verdict().fails(),
                        () -> outcome.describe(httpCase.id()) + "\nrequest: " + httpCase.request());
            }));
        }
        tests.add(DynamicTest.dynamicTest(httpCase.id() + ": all targets agree", () -> {
            List<Outcome> inOrder = targets.stream().map(t -> outcomes.get(t.name())).filter(o -> o != null).toList();
            CaseResult result = engine.judge(httpCase, inOrder);
            results.add(result);
            Assertions.assertTrue(result.disagreements().isEmpty(),
                    () -> "targets disagree on " + httpCase.id() + ":\n  " + String.join("\n  ", result.disagreements()));
        }));
        return DynamicContainer.dynamicContainer(httpCase.id(), tests);
    }

    @AfterAll
    void closeSuite() throws Exception {
        if (targets != null) {
            Targets.closeQuietly(targets);
            String name = config.report().isEmpty() ? getClass().getSimpleName() : config.report();
            Reports.write(Reports.directory(), name, targets.stream().map(Target::name).toList(), results);
        }
    }
}
