package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Message;
import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.report.Reports;
import io.portablefn.conformance.suite.EventCase;
import io.portablefn.conformance.suite.EventCaseResult;
import io.portablefn.conformance.suite.EventEngine;
import io.portablefn.conformance.suite.EventExpectation;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict rules for event cases, on targets that do what the test tells them to. */
class EventEngineVerdictTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SENT = Instant.parse("2026-03-01T12:00:00Z");

    private static EventCase echo(List<String> redelivered, Map<String, ObjectNode> seen, List<String> errorsContain) {
        WireEvent event = new WireEvent.Messages(List.of(
                new WireMessage("m-1", "hi".getBytes(), Map.of("k", "v"), null, SENT, null)));
        return new EventCase("echoes", "<b>echoes</b>", List.of(), QueueEcho.class, event,
                new EventExpectation(redelivered, seen, errorsContain, List.of()), "test");
    }

    private static Map<String, ObjectNode> seenBody(String body) {
        return Map.of("m-1", JSON.createObjectNode().put("body", body));
    }

    /** A cloud that answers with {@code delivery} and never calls the function. */
    private static EventTarget fixed(String name, Delivery delivery) {
        return new EventTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Delivery deliver(Class<?> functionClass, WireEvent event) {
                return delivery;
            }
        };
    }

    private static EventTarget throwing(String name, Exception failure) {
        return new EventTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
                throw failure;
            }
        };
    }

    /**
     * No target passes on what the cloud was told alone: one whose function's view never reached
     * the suite (a child JVM that did not relay it) fails the case.
     */
    @Test
    void aTargetWhoseFunctionsViewNeverArrivesFailsTheCase() {
        EventCaseResult result = new EventEngine(KnownGaps.none()).run(List.of(echo(List.of(), seenBody("hi"), List.of())),
                List.of(new ModelCloud(), fixed("far", new Delivery(Set.of(), List.of())))).get(0);
        assertFalse(result.passed());
        Outcome far = result.outcome("far");
        assertEquals(Verdict.FAIL, far.verdict());
        assertEquals("seen m-1: expected the handler to see it once, it never did", far.details().get(0));
        assertEquals("pass", result.outcome("model").label());
    }

    @Test
    void whatTheHandlerSawIsCheckedFieldByFieldOnTargetsInThisJvm() {
        EventCaseResult result = new EventEngine(KnownGaps.none())
                .run(List.of(echo(List.of(), seenBody("bye"), List.of())), List.of(new ModelCloud())).get(0);
        assertEquals(List.of("seen m-1 $.body: expected \"bye\", was \"hi\""), result.outcome("model").details());
    }

    @Test
    void aListedGapMustFailAndOneThatPassesFailsTheRun(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("gaps.json");
        Files.writeString(ledger, "[{\"target\":\"model\",\"case\":\"echoes\",\"cause\":\"the model cannot\","
                + "\"observed\":\"redelivered: expected [m-1], was []; not redelivered: [m-1]\"}]");
        EventEngine engine = new EventEngine(KnownGaps.fromFile(ledger));
        EventCaseResult passing = engine.run(List.of(echo(List.of(), seenBody("hi"), List.of())),
                List.of(new ModelCloud())).get(0);
        assertEquals(Verdict.GAP_NOW_PASSES, passing.outcome("model").verdict());
        assertFalse(passing.passed());
        EventCaseResult failing = engine.run(List.of(echo(List.of("m-1"), seenBody("hi"), List.of())),
                List.of(new ModelCloud())).get(0);
        assertEquals(Verdict.KNOWN_GAP, failing.outcome("model").verdict());
        assertEquals(List.of("cause: the model cannot", "observed: redelivered: expected [m-1], was []; not redelivered:"
                + " [m-1]"), failing.outcome("model").details());
        assertTrue(failing.passed());
    }

    @Test
    void passingTargetsMustAgreeOnFieldsTheCaseDoesNotCheck() {
        ModelCloud shifted = new ModelCloud("shifted") {
            @Override
            protected Message message(WireMessage sent) {
                return Message.builder().id(sent.id()).body(sent.body()).deliveryCount(1).attribute("k", "v")
                        .publishTime(sent.publishTime().plusSeconds(3600)).build();
            }
        };
        EventCaseResult result = new EventEngine(KnownGaps.none()).run(List.of(echo(List.of(), seenBody("hi"), List.of())),
                List.of(new ModelCloud(), shifted)).get(0);
        assertEquals(Verdict.PASS, result.outcome("shifted").verdict());
        assertEquals(List.of("shifted differs from model on seen m-1 publishTime: \"2026-03-01T13:00:00Z\" vs"
                + " \"2026-03-01T12:00:00Z\""), result.disagreements());
        assertFalse(result.passed());
    }

    @Test
    void errorsMustNameWhatTheCaseSaysAndNeverCarryAStackTrace() {
        EventCase wrongKind = echo(List.of("m-1"), null, List.of("takes queue messages"));
        EventCaseResult result = new EventEngine(KnownGaps.none()).run(List.of(wrongKind), List.of(
                fixed("terse", new Delivery(Set.of("m-1"), List.of("invocation failed"))),
                fixed("leaky", new Delivery(Set.of("m-1"), List.of("Function 'x' takes queue messages\n"
                        + "java.lang.IllegalStateException: boom\n\tat com.acme.Orders.handle(Orders.java:12)"))))).get(0);
        assertEquals(List.of("errors: expected one to contain \"takes queue messages\", was [\"invocation failed\"]"),
                result.outcome("terse").details());
        assertTrue(result.outcome("leaky").details().get(0).startsWith("errors: one holds a stack trace"),
                () -> result.outcome("leaky").details().toString());
        EventCaseResult quiet = new EventEngine(KnownGaps.none()).run(List.of(echo(List.of(), null, List.of())),
                List.of(fixed("noisy", new Delivery(Set.of(), List.of("retrying"))))).get(0);
        assertEquals(List.of("errors: expected none (nothing failed), was [\"retrying\"]"),
                quiet.outcome("noisy").details());
    }

    @Test
    void aTargetThatCannotDeliverSuchAnEventFailsAsCannotRunAndNoExceptionTypeMakesASkip() {
        EventCaseResult result = new EventEngine(KnownGaps.none()).run(List.of(echo(List.of(), null, List.of())), List.of(
                throwing("limited", new io.portablefn.conformance.TargetCannotRun("no such trigger here")),
                throwing("narrow", new IllegalArgumentException("a timer takes firings only")),
                throwing("unbuilt", new IllegalStateException("no class", new ClassNotFoundException("X_AwsHandler"))),
                throwing("broken", new java.io.IOException("process died")))).get(0);
        assertEquals(Verdict.CANNOT_RUN, result.outcome("limited").verdict());
        assertEquals(List.of("no such trigger here"), result.outcome("limited").details());
        for (String target : List.of("narrow", "unbuilt", "broken")) {
            assertEquals(Verdict.FAIL, result.outcome(target).verdict(), target);
        }
        assertFalse(result.passed());
    }

    @Test
    void theReportHasASecondMatrixForEventCases(@TempDir Path dir) throws Exception {
        List<EventCaseResult> results = new EventEngine(KnownGaps.none()).run(
                List.of(echo(List.of(), seenBody("hi"), List.of())),
                List.of(new ModelCloud(), fixed("far", new Delivery(Set.of(), List.of()))));
        Reports.write(dir, "mixed", List.of("aws-http-api-v2"), List.of(), List.of("model", "far"), results);
        String markdown = Files.readString(dir.resolve("mixed.md"));
        assertTrue(markdown.contains("## Event triggers\n\n| case | model | far | targets agree |")
                && markdown.contains("| echoes | pass | **fail** | yes |")
                && markdown.contains("### echoes on far: fail"), markdown);
        String html = Files.readString(dir.resolve("mixed.html"));
        assertTrue(html.contains("<h2>Event triggers</h2>") && html.contains("&lt;b&gt;echoes&lt;/b&gt;"), html);
    }
}
