package io.portablefn.conformance.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.Seen;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.conformance.fixtures.OrderedQueue;
import io.portablefn.conformance.fixtures.StorageEcho;
import io.portablefn.conformance.fixtures.TypedOrders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The local server as an event target: events posted to its endpoint, its per-event answer read back. */
class LocalEventTargetTest {

    private static final LocalEventTarget LOCAL = new LocalEventTarget();

    @AfterAll
    static void close() {
        LOCAL.close();
    }

    private static WireMessage message(String id, String body, String orderingKey) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), Map.of(), null, null, orderingKey);
    }

    @Test
    void aBatchIsOnePostAndOnlyTheFailedMessagesAreRedeliveredWithErrorsThatHideTheException() throws Exception {
        try (Seen.Watch watch = Seen.watch(TypedOrders.class)) {
            Delivery delivery = LOCAL.deliver(TypedOrders.class, new WireEvent.Messages(List.of(
                    message("m-1", "{\"id\":\"o-1\",\"quantity\":2}", null),
                    message("m-2", "{\"id\":\"o-2\",\"quantity\":1,\"poison\":true}", null),
                    message("m-3", "{\"id\":\"o-3\",\"quantity\":1,\"drop\":true}", null))));
            assertEquals(Set.of("m-2"), delivery.redelivered());
            assertEquals(1, delivery.errors().size(), delivery.errors()::toString);
            assertTrue(delivery.errors().get(0).startsWith("HTTP 500: m-2 failed: "), delivery.errors()::toString);
            assertFalse(delivery.errors().get(0).contains("fixture-secret"), delivery.errors()::toString);
            assertEquals(List.of("m-1", "m-2", "m-3"), watch.views().stream().map(Seen.View::id).toList());
        }
    }

    @Test
    void aHeldMessageIsRedeliveredUnseenAndIsNoError() throws Exception {
        try (Seen.Watch watch = Seen.watch(OrderedQueue.class)) {
            Delivery delivery = LOCAL.deliver(OrderedQueue.class, new WireEvent.Messages(List.of(
                    message("a-1", "poison", "a"), message("a-2", "fine", "a"), message("b-1", "fine", "b"))));
            assertEquals(Set.of("a-1", "a-2"), delivery.redelivered());
            assertEquals(1, delivery.errors().size(), delivery.errors()::toString);
            assertEquals(List.of("a-1", "b-1"), watch.views().stream().map(Seen.View::id).toList());
        }
    }

    @Test
    void anEventOfAnotherKindIsRefusedWholeWithTheContractsWording() throws Exception {
        Delivery delivery = LOCAL.deliver(StorageEcho.class, new WireEvent.Foreign("x-1", "a message"));
        assertEquals(Set.of("x-1"), delivery.redelivered());
        assertEquals(1, delivery.errors().size());
        assertTrue(delivery.errors().get(0).startsWith("HTTP 400: Function 'conformance-storage-echo' takes storage"
                + " events, but received a message; check the trigger that invokes it."), delivery.errors()::toString);
    }

    @Test
    void anAnswerThatIsNoOutcomeDocumentLeavesEveryIdToBeDeliveredAgain() throws Exception {
        Delivery delivery = LocalEventTarget.read(404, "{\"title\":\"Not Found\",\"detail\":\"There is no event function 'x'.\"}",
                new WireEvent.Messages(List.of(message("m-1", "a", null), message("m-2", "b", null))));
        assertEquals(Set.of("m-1", "m-2"), delivery.redelivered());
        assertEquals(List.of("HTTP 404: There is no event function 'x'."), delivery.errors());
    }
}
