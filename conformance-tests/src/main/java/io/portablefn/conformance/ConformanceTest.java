package io.portablefn.conformance;

import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.report.Reports;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.EventCase;
import io.portablefn.conformance.suite.EventCaseResult;
import io.portablefn.conformance.suite.EventEngine;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Suite;
import java.nio.file.Path;
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
import org.junit.jupiter.api.function.Executable;

/**
 * The JUnit 5 entry point: extend it, annotate the subclass with {@link Conformance}, and every
 * case runs on every target as dynamic tests (one container per case, one test per target, and
 * one test that the targets agree), so Surefire writes JUnit XML as for any test. HTTP cases run
 * on the HTTP targets ({@link Targets}), event cases on the event targets ({@link EventTargets}).
 * When the class finishes, the case x target matrices are written to
 * target/conformance/&lt;report&gt;.md and .html, and the headline (cells passed, failed, known
 * gaps, excluded) is printed. A target that cannot run a case (its entry point is missing, ...)
 * is a failed test with the reason; a cell the case excludes ({@code notApplicable}) is a skipped
 * test with the reason; a known gap passes; a listed gap that passes, or fails differently from
 * what the ledger records, fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceTest {

    private Conformance config;
    private Suite suite;
    private List<Target> targets;
    private List<EventTarget> eventTargets;
    private ConformanceEngine engine;
    private EventEngine eventEngine;
    private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());
    private final List<EventCaseResult> eventResults = Collections.synchronizedList(new ArrayList<>());

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
        eventEngine = new EventEngine(suite.gaps());
        targets = targets(List.of(config.targets()));
        if (suite.cases().isEmpty()) {
            Targets.closeQuietly(targets);
            targets = List.of();
        }
        eventTargets = suite.eventCases().isEmpty() ? List.of() : eventTargets(List.of(config.targets()));
    }

    /**
     * The HTTP targets of this run, for {@code names} (the annotation's {@code targets}):
     * {@link Targets#named}. Override to run on targets of your own.
     */
    protected List<Target> targets(List<String> names) {
        return Targets.named(names);
    }

    /**
     * The event targets of this run, for {@code names} (the annotation's {@code targets}):
     * {@link EventTargets#named}. Override to run on targets of your own.
     */
    protected List<EventTarget> eventTargets(List<String> names) {
        return EventTargets.named(names);
    }

    @TestFactory
    Stream<DynamicNode> conformance() {
        return Stream.concat(suite.cases().stream().map(this::caseContainer),
                suite.eventCases().stream().map(this::eventContainer));
    }

    private DynamicContainer caseContainer(HttpCase httpCase) {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        List<DynamicNode> tests = new ArrayList<>();
        for (Target target : targets) {
            tests.add(onTarget(httpCase.id(), target.name(), () -> {
                Outcome outcome = engine.runOn(httpCase, target);
                outcomes.put(target.name(), outcome);
                return outcome;
            }, "\nrequest: " + httpCase.request()));
        }
        tests.add(DynamicTest.dynamicTest(httpCase.id() + ": all targets agree", () -> {
            List<Outcome> inOrder = targets.stream().map(t -> outcomes.get(t.name())).filter(o -> o != null).toList();
            CaseResult result = engine.judge(httpCase, inOrder);
            results.add(result);
            assertAgree(httpCase.id(), result.disagreements());
        }));
        return DynamicContainer.dynamicContainer(httpCase.id(), tests);
    }

    private DynamicContainer eventContainer(EventCase eventCase) {
        Map<String, EventEngine.Run> runs = new ConcurrentHashMap<>();
        List<DynamicNode> tests = new ArrayList<>();
        for (EventTarget target : eventTargets) {
            tests.add(onTarget(eventCase.id(), target.name(), () -> {
                EventEngine.Run run = eventEngine.runOn(eventCase, target);
                runs.put(target.name(), run);
                return run.outcome();
            }, "\nevent: " + eventCase.event().getClass().getSimpleName() + " " + eventCase.event().ids()));
        }
        tests.add(DynamicTest.dynamicTest(eventCase.id() + ": all targets agree", () -> {
            List<EventEngine.Run> inOrder = eventTargets.stream().map(t -> runs.get(t.name())).filter(r -> r != null)
                    .toList();
            EventCaseResult result = eventEngine.judge(eventCase, inOrder);
            eventResults.add(result);
            assertAgree(eventCase.id(), result.disagreements());
        }));
        return DynamicContainer.dynamicContainer(eventCase.id(), tests);
    }

    /** Each test names its case too: JUnit XML reporters often show only the leaf's name. */
    private static DynamicTest onTarget(String caseId, String target, java.util.concurrent.Callable<Outcome> run,
            String input) {
        Executable test = () -> {
            Outcome outcome = run.call();
            Assumptions.assumeFalse(outcome.verdict() == Outcome.Verdict.EXCLUDED, () -> outcome.describe(caseId));
            Assertions.assertFalse(outcome.verdict().fails(), () -> outcome.describe(caseId) + input);
        };
        return DynamicTest.dynamicTest(caseId + " on " + target, test);
    }

    private static void assertAgree(String caseId, List<String> disagreements) {
        Assertions.assertTrue(disagreements.isEmpty(),
                () -> "targets disagree on " + caseId + ":\n  " + String.join("\n  ", disagreements));
    }

    @AfterAll
    void closeSuite() throws Exception {
        if (targets != null) {
            Targets.closeQuietly(targets);
            EventTargets.closeQuietly(eventTargets);
            String name = config.report().isEmpty() ? getClass().getSimpleName() : config.report();
            List<String> targetNames = targets.stream().map(Target::name).toList();
            List<String> eventNames = eventTargets.stream().map(EventTarget::name).toList();
            Path report = Reports.write(Reports.directory(), name, targetNames, results, eventNames, eventResults);
            System.out.println("Conformance " + name + ": " + Reports.headline(targetNames, results, eventNames,
                    eventResults) + " Report: " + report.toAbsolutePath());
        }
    }
}
