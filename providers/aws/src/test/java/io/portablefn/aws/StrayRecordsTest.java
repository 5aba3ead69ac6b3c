package io.portablefn.aws;

import static io.portablefn.aws.EventRuns.run;
import static io.portablefn.aws.EventRuns.sqsRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Message;
import io.portablefn.runtime.EventFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Elements of {@code Records} that are not objects ({@code 42}, {@code "junk"}, {@code null})
 * are never acknowledged unseen: they fail the batch or the invocation, with a log line.
 */
class StrayRecordsTest {

    private final List<Message> handled = new ArrayList<>();

    private final EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE,
            (message, context) -> handled.add(message));

    private final EventFunction topic = EventFunction.messages("audit", 30, EventFunction.Kind.TOPIC,
            (message, context) -> handled.add(message));

    private static String withStrays(String event) {
        return event.substring(0, event.length() - 2) + ",42,\"junk-payload\",null]}";
    }

    @Test
    void anSqsBatchWithElementsThatAreNotRecordsFailsWholeBeforeAnyMessageIsHandled() {
        EventRuns.Run run = run(queue, withStrays(EventRuns.records(List.of(sqsRecord("m1", "a", null)))));

        assertNotNull(run.error(), "a batch with stray elements must not be answered as handled");
        String expected = "Function 'orders' received an SQS batch with elements of Records that are not objects:"
                + " element 2 (a number), element 3 (a string), element 4 (null), of 4;";
        assertTrue(run.error().getMessage().startsWith(expected), run.error().getMessage());
        assertEquals(List.of(), handled);
        assertTrue(LogLines.unnamed(run.log()).stream().anyMatch(line -> line.startsWith("ERROR " + expected)), run.log()::toString);
        assertFalse(String.join("\n", run.log()).contains("junk-payload"), "the log names the shape, not the payload");
    }

    @Test
    void anSqsBatchWithoutMessageIdIsLoggedAsWellAsFailed() {
        var noId = sqsRecord("x", "b", null);
        noId.remove("messageId");
        EventRuns.Run run = run(queue, EventRuns.records(List.of(noId)));

        assertNotNull(run.error());
        assertTrue(run.log().stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("has no messageId")),
                run.log()::toString);
    }

    @Test
    void anSnsEventWithAStrayElementHandlesTheRecordThenFailsTheInvocation() {
        EventRuns.Run run = run(topic, withStrays(EventRuns.sns("s-1", "hello", Map.of())));

        assertEquals(List.of("s-1"), handled.stream().map(Message::id).toList());
        assertNotNull(run.error(), "Lambda must retry what was not handled");
        assertTrue(run.error().getMessage().contains("Records element 2 (a number), Records element 3 (a string),"
                + " Records element 4 (null)"), run.error().getMessage());
        assertEquals(3, run.log().stream().filter(line -> line.startsWith("ERROR") && line.contains("is not a record"))
                .count(), run.log()::toString);
    }

    @Test
    void recordsThatHoldNoObjectAtAllAreAnEventOfNoKnownKind() {
        EventRuns.Run run = run(queue, "{\"Records\":[42,\"junk\",null]}");

        assertEquals(queue.wrongEvent("an event whose Records hold no object: element 1 (a number),"
                + " element 2 (a string), element 3 (null)"), run.error().getMessage());
    }
}
