package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventFunctionTest {

    record Order(String id, int quantity) {
    }

    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();
    private final List<String> handled = new ArrayList<>();

    private static Message message(String id, String body) {
        return Message.builder().id(id).body(body).build();
    }

    private EventFunction orders() {
        return EventFunction.typedMessages("orders", 60, EventFunction.Kind.QUEUE,
                (Order order, Message message, Context context) -> {
                    if (order.quantity() == 0) {
                        throw new DropEventException("order " + order.id() + " is empty");
                    }
                    if (order.quantity() < 0) {
                        throw new IllegalStateException("secret detail of " + order.id());
                    }
                    handled.add(order.id());
                }, new BodyType<Order>() {});
    }

    @Test
    void aBatchOfTenWithThreePoisonMessagesRedeliversExactlyThoseThree() {
        List<Message> batch = IntStream.range(0, 10)
                .mapToObj(i -> message("m" + i, "{\"id\":\"o" + i + "\",\"quantity\":" + (i % 3 == 1 ? -1 : 1) + "}"))
                .toList();
        List<String> failed = orders().deliverAll(batch, TestContexts.context(logger));
        assertEquals(List.of("m1", "m4", "m7"), failed);
        assertEquals(List.of("o0", "o2", "o3", "o5", "o6", "o8", "o9"), handled);
    }

    @Test
    void aBodyThatDoesNotFitFailsOnlyThatMessageAndTheLogSaysWhy() {
        List<String> failed = orders().deliverAll(List.of(message("a", "{\"id\":\"x\",\"quantity\":1}"),
                message("bad", "{\"id\":\"y\",\"quantity\":\"lots\"}"), message("empty", "")),
                TestContexts.context(logger));
        assertEquals(List.of("bad", "empty"), failed);
        assertEquals(List.of("x"), handled);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("Message bad")
                && line.contains("message body does not fit the expected JSON shape at $.quantity")), logger.lines::toString);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("Message empty")
                && line.contains("message body is empty")), logger.lines::toString);
    }

    /** docs/mapping.md §4: the same binding rules as HTTP bodies, so none of these reaches the handler. */
    @Test
    void nullMissingCoercedAndRepeatedValuesFailOnlyTheirMessage() {
        List<String> failed = orders().deliverAll(List.of(message("null", "null"),
                message("missing", "{\"id\":\"y\"}"), message("fraction", "{\"id\":\"y\",\"quantity\":1.5}"),
                message("twice", "{\"id\":\"y\",\"id\":\"z\",\"quantity\":1}"),
                message("fine", "{\"id\":\"x\",\"quantity\":1}")), TestContexts.context(logger));
        assertEquals(List.of("null", "missing", "fraction", "twice"), failed);
        assertEquals(List.of("x"), handled);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("Message null")
                && line.contains("The message body is null")), logger.lines::toString);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("Message missing")
                && line.contains("The message body lacks $.quantity, which is required")), logger.lines::toString);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("Message twice")
                && line.contains("The message body has the property $.id more than once")), logger.lines::toString);
    }

    @Test
    void dropEventExceptionAcknowledgesAndLogsTheReason() {
        EventOutcome outcome = orders().deliver(message("d", "{\"id\":\"z\",\"quantity\":0}"),
                TestContexts.context(logger));
        assertEquals(EventOutcome.DROPPED, outcome);
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("dropped") && line.contains("order z is empty")));
    }

    @Test
    void aThrowIsLoggedWithItsFailureAndRedelivered() {
        EventOutcome outcome = orders().deliver(message("t", "{\"id\":\"q\",\"quantity\":-1}"),
                TestContexts.context(logger));
        assertEquals(EventOutcome.FAILED, outcome);
        assertTrue(outcome.redeliver());
        assertEquals("secret detail of q", logger.failures.get(0).getMessage());
    }

    @Test
    void storageFunctionsAreCalledOnlyForTheKindsTheyWant() {
        EventFunction created = EventFunction.storage("thumbs", 60, EnumSet.of(StorageEvent.Kind.CREATED),
                (event, context) -> handled.add(event.key()));
        StorageEvent.Builder event = StorageEvent.builder().id("e").bucket("b").key("k 1")
                .eventTime(Instant.EPOCH);
        assertEquals(EventOutcome.ACKNOWLEDGED,
                created.deliver(event.kind(StorageEvent.Kind.CREATED).build(), TestContexts.context(logger)));
        assertEquals(EventOutcome.ACKNOWLEDGED,
                created.deliver(event.kind(StorageEvent.Kind.DELETED).build(), TestContexts.context(logger)));
        assertEquals(List.of("k 1"), handled);
    }

    @Test
    void anEventOfAnotherKindIsRefusedWithTheFunctionsName() {
        EventFunction schedule = EventFunction.schedule("nightly", 60, (event, context) -> { });
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> schedule.deliver(message("m", "x"), TestContexts.context(logger)));
        assertEquals("Function 'nightly' takes schedule firings, but received a message; check the trigger that"
                + " invokes it.", wrong.getMessage());
        assertEquals(EventOutcome.ACKNOWLEDGED,
                schedule.deliver(new ScheduleEvent("f", Instant.EPOCH, false), TestContexts.context(logger)));
    }

    @Test
    void aHandlerStillBlockedAtTheDeadlineIsInterruptedAndRedelivered() {
        EventFunction slow = EventFunction.messages("slow", 1, EventFunction.Kind.TOPIC, (message, context) ->
                Thread.sleep(60_000));
        InvocationContext soon = new InvocationContext(io.portablefn.api.Provider.LOCAL, "inv", "slow",
                Instant.now().plusMillis(300), logger);
        assertEquals(EventOutcome.FAILED, slow.deliver(message("s", ""), soon));
        assertTrue(logger.lines.stream().anyMatch(line -> line.contains("ran past the deadline")));
    }
}
