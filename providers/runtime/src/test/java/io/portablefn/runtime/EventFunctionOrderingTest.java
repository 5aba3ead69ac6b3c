package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link EventFunction#deliverAll}: a failed message with an ordering key holds back the later
 * messages of its key (reported failed, never handed to the handler), and nothing else.
 */
class EventFunctionOrderingTest {

    private final List<String> handled = new ArrayList<>();
    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();

    /** A queue function that fails the messages whose body is "fail" and drops those whose body is "drop". */
    private EventFunction failing() {
        return EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
            handled.add(message.id());
            switch (message.bodyAsString()) {
                case "fail" -> throw new IllegalStateException("poison");
                case "drop" -> throw new DropEventException("not wanted");
                default -> { }
            }
        });
    }

    private static Message message(String id, String group, String body) {
        return Message.builder().id(id).orderingKey(group).body(body).build();
    }

    @Test
    void aFailureHoldsBackTheLaterMessagesOfItsGroupOnly() {
        List<Message> batch = List.of(
                message("a1", "A", "ok"),
                message("b1", "B", "ok"),
                message("a2", "A", "fail"),
                message("b2", "B", "ok"),
                message("a3", "A", "ok"),
                message("n1", null, "ok"),
                message("a4", "A", "ok"));

        List<String> failed = failing().deliverAll(batch, TestContexts.context(logger));

        assertEquals(List.of("a2", "a3", "a4"), failed, "the failure and the later messages of group A, in batch order");
        assertEquals(List.of("a1", "b1", "a2", "b2", "n1"), handled, "a3 and a4 never reach the handler");
        long heldBack = logger.lines.stream().filter(line -> line.contains("ordering key 'A'")).count();
        assertEquals(2, heldBack, logger.lines::toString);
        assertTrue(logger.lines.stream().anyMatch(line -> line.startsWith("Message a3 not handed to function 'orders'")),
                logger.lines::toString);
    }

    @Test
    void messagesWithoutAKeyAreIndependent() {
        List<Message> batch = List.of(message("m1", null, "fail"), message("m2", null, "ok"),
                message("m3", null, "fail"), message("m4", null, "ok"));

        assertEquals(List.of("m1", "m3"), failing().deliverAll(batch, TestContexts.context(logger)));
        assertEquals(List.of("m1", "m2", "m3", "m4"), handled);
    }

    @Test
    void aDroppedMessageDoesNotHoldBackItsGroup() {
        List<Message> batch = List.of(message("a1", "A", "drop"), message("a2", "A", "ok"));

        assertEquals(List.of(), failing().deliverAll(batch, TestContexts.context(logger)));
        assertEquals(List.of("a1", "a2"), handled);
    }

    @Test
    void anUndecodableMessageFailsUnhandledAndHoldsBackItsGroup() {
        // Positions 1 and 3 are stand-ins for messages the provider could not decode.
        List<Message> batch = List.of(
                message("a1", "A", "ok"),
                Message.builder().id("b1").orderingKey("B").build(),
                message("b2", "B", "ok"),
                Message.builder().id("n1").build(),
                message("n2", null, "ok"),
                message("a2", "A", "ok"));

        List<String> failed = failing().deliverAll(batch, Set.of(1, 3), TestContexts.context(logger));

        assertEquals(List.of("b1", "b2", "n1"), failed, "the stand-ins, and b2 held back behind b1");
        assertEquals(List.of("a1", "n2", "a2"), handled, "a stand-in never reaches the handler");
    }

    @Test
    void eachGroupIsHeldBackFromItsOwnFirstFailure() {
        List<Message> batch = List.of(
                message("a1", "A", "ok"),
                message("b1", "B", "fail"),
                message("a2", "A", "fail"),
                message("b2", "B", "ok"),
                message("a3", "A", "ok"),
                message("c1", "C", "ok"));

        List<String> failed = failing().deliverAll(batch, TestContexts.context(logger));

        assertEquals(List.of("b1", "a2", "b2", "a3"), failed);
        assertEquals(Set.of("a1", "b1", "a2", "c1"), Set.copyOf(handled));
    }
}
