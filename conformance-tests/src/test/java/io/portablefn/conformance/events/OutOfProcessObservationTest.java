package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.aws.events.AwsEventTarget;
import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.gcp.events.GcpEventTarget;
import io.portablefn.conformance.gcp.events.GcpInvokerEventTarget;
import io.portablefn.conformance.suite.EventCase;
import io.portablefn.conformance.suite.EventCaseResult;
import io.portablefn.conformance.suite.EventEngine;
import io.portablefn.conformance.suite.EventExpectation;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome.Verdict;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Targets that run the function in a child JVM judge each cell on what the function there saw,
 * relayed through a {@link SeenLog}: a function that sees another body than the cloud was told
 * fails on them, and passes where it runs in this JVM and sees the right one.
 */
class OutOfProcessObservationTest {

    private static final List<EventTarget> TARGETS = List.of(new GcpEventTarget(), new GcpInvokerEventTarget(),
            new AwsEventTarget(), AwsEventTarget.onRuntimeClient());
    private static final List<String> IN_CHILD = List.of("gcp-invoker", "aws-ric");

    @AfterAll
    static void close() {
        EventTargets.closeQuietly(TARGETS);
    }

    private static EventCaseResult run(Class<?> function) {
        WireMessage sent = new WireMessage("m-1", "hi".getBytes(StandardCharsets.UTF_8), Map.of("k", "v"), null,
                Instant.parse("2026-03-01T12:00:00Z"), null);
        ObjectNode seen = Json.mapper().createObjectNode().put("body", "hi");
        EventCase eventCase = new EventCase("observed", "the function's own view", List.of(), function,
                new WireEvent.Messages(List.of(sent)), new EventExpectation(List.of(), Map.of("m-1", seen), List.of(),
                        List.of()), "test");
        return new EventEngine(KnownGaps.none()).run(List.of(eventCase), TARGETS).get(0);
    }

    @Test
    void whatTheFunctionInTheChildSawIsChecked() {
        EventCaseResult result = run(QueueEcho.class);
        assertTrue(result.passed(), result::failureReport);
        result.outcomes().forEach(outcome -> assertEquals(List.of(), outcome.details(), outcome.target()));
    }

    @Test
    void aFunctionInTheChildThatSeesAnotherBodyFailsThere() {
        EventCaseResult result = run(TwoFaced.class);
        assertEquals(Verdict.PASS, result.outcome("gcp").verdict(), result::failureReport);
        assertEquals(Verdict.PASS, result.outcome("aws").verdict(), result::failureReport);
        for (String target : IN_CHILD) {
            assertEquals(Verdict.FAIL, result.outcome(target).verdict(), result::failureReport);
            assertEquals(List.of("seen m-1 $.body: expected \"hi\", was \"" + TwoFaced.OTHER_BODY + "\""),
                    result.outcome(target).details());
        }
    }
}
