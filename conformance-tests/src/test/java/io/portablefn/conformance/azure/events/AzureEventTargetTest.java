package io.portablefn.conformance.azure.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.runtime.EventFunction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Azure event model against the fixtures of {@link AzureEventFixtures}. */
class AzureEventTargetTest {

    private static final Instant SENT = Instant.parse("2025-02-03T04:05:06.789Z");
    private final AzureEventTarget azure = new AzureEventTarget();

    @BeforeEach
    void clear() {
        AzureEventFixtures.SEEN.clear();
    }

    private static WireMessage message(String id, String body) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), Map.of("tenant", "acme"), 2, SENT, "group-1");
    }

    private static void noSecretsIn(Delivery delivery) {
        delivery.errors().forEach(error -> assertTrue(!error.contains(AzureEventFixtures.SECRET), error));
    }

    @Test
    void aBatchWithPoisonMessagesRedeliversExactlyThose() throws Exception {
        List<WireMessage> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(message("m-" + i, i % 4 == 1 ? "poison " + i : i == 6 ? "drop" : "order " + i));
        }
        Delivery delivery = azure.deliver(AzureEventFixtures.StorageOrders.class, new WireEvent.Messages(batch));
        assertEquals(Set.of("m-1", "m-5", "m-9"), delivery.redelivered());
        assertEquals(10, AzureEventFixtures.SEEN.size(), "one call per message");
        assertEquals(3, delivery.errors().size(), delivery.errors()::toString);
        assertTrue(delivery.errors().get(0).startsWith("Function 'orders' did not complete message 'm-1'"),
                delivery.errors()::toString);
        noSecretsIn(delivery);
        assertEquals("azure", azure.name());
    }

    @Test
    void storageQueueMessagesKeepTheirBytesAndLoseTheirAttributes() throws Exception {
        byte[] binary = {(byte) 0xc3, 0x28, 0, 'x'};
        azure.deliver(AzureEventFixtures.StorageOrders.class, new WireEvent.Messages(List.of(
                new WireMessage("m-1", binary, Map.of("tenant", "acme"), 3, SENT, null))));
        Message seen = (Message) AzureEventFixtures.SEEN.get(0);
        assertEquals("m-1", seen.id());
        assertArrayEquals(binary, seen.body(), "bound as binary, not decoded as UTF-8");
        assertEquals(Map.of(), seen.attributes());
        assertEquals(OptionalInt.of(3), seen.deliveryCount());
        assertEquals(Optional.of(SENT), seen.publishTime());
    }

    @Test
    void serviceBusMessagesKeepTheirAttributesButNotTheirSession() throws Exception {
        Delivery delivery = azure.deliver(AzureEventFixtures.Audit.class,
                new WireEvent.Messages(List.of(message("sb-1", "hello"))));
        assertEquals(Set.of(), delivery.redelivered());
        Message seen = (Message) AzureEventFixtures.SEEN.get(0);
        assertEquals("sb-1", seen.id());
        assertEquals(Map.of("tenant", "acme"), seen.attributes());
        assertEquals(OptionalInt.of(2), seen.deliveryCount());
        assertEquals(Optional.of(SENT), seen.publishTime());
        // SessionId is not bound: the worker fails an invocation whose @BindingName is missing.
        assertEquals(Optional.empty(), seen.orderingKey());
    }

    @Test
    void aTypedBodyThatDoesNotFitIsRedelivered() throws Exception {
        Delivery delivery = azure.deliver(AzureEventFixtures.BusOrders.class, new WireEvent.Messages(List.of(
                message("sb-1", "{\"id\":\"o-1\",\"quantity\":2}"), message("sb-2", "{\"quantity\":\"lots\"}"))));
        assertEquals(Set.of("sb-2"), delivery.redelivered());
        assertEquals(List.of(new AzureEventFixtures.Order("o-1", 2)), AzureEventFixtures.SEEN);
    }

    @Test
    void aStorageChangeArrivesAsABlobEventWithItsKeyDecoded() throws Exception {
        Instant time = Instant.parse("2025-02-03T04:05:06.1234567Z");
        azure.deliver(AzureEventFixtures.Thumbs.class, new WireEvent.StorageChange("e-1", StorageEvent.Kind.CREATED,
                "uploads", "photos/cat 1+é%.png", 2048L, "\"0x8D1\"", "image/png", time, "v1"));
        azure.deliver(AzureEventFixtures.Thumbs.class, new WireEvent.StorageChange("e-2", StorageEvent.Kind.DELETED,
                "uploads", "old.txt", 10L, "0x8D2", "text/plain", time, null));
        StorageEvent created = (StorageEvent) AzureEventFixtures.SEEN.get(0);
        assertEquals("uploads", created.bucket());
        assertEquals("photos/cat 1+é%.png", created.key());
        assertEquals(OptionalLong.of(2048), created.size());
        assertEquals(Optional.of("0x8D1"), created.etag());
        assertEquals(Optional.of("image/png"), created.contentType());
        assertEquals(time, created.eventTime());
        assertEquals(Optional.empty(), created.version(), "blob events carry no version");
        StorageEvent deleted = (StorageEvent) AzureEventFixtures.SEEN.get(1);
        assertEquals(StorageEvent.Kind.DELETED, deleted.kind());
        assertEquals(OptionalLong.empty(), deleted.size(), "deletions carry no size or etag");
        assertEquals(Optional.empty(), deleted.etag());

        Delivery failed = azure.deliver(AzureEventFixtures.Thumbs.class, new WireEvent.StorageChange("e-3",
                StorageEvent.Kind.CREATED, "uploads", "poison.png", 1L, null, null, time, null));
        assertEquals(Set.of("e-3"), failed.redelivered());
        noSecretsIn(failed);
    }

    @Test
    void aFiringCarriesItsScheduledTimeAndLateness() throws Exception {
        Instant scheduled = Instant.parse("2025-02-03T02:30:00Z");
        Delivery delivery = azure.deliver(AzureEventFixtures.Nightly.class, new WireEvent.Firing("f-1", scheduled, true));
        assertEquals(Set.of(), delivery.redelivered());
        assertEquals(List.of(new ScheduleEvent("f-1", scheduled, true)), AzureEventFixtures.SEEN);
        // The generated method has a retry policy, so the host runs a failed firing again.
        Delivery failed = azure.deliver(AzureEventFixtures.Nightly.class, new WireEvent.Firing("poison-1", scheduled, false));
        assertEquals(Set.of("poison-1"), failed.redelivered());
        noSecretsIn(failed);
    }

    @Test
    void foreignInputFailsAsEachTriggerFailsIt() throws Exception {
        Delivery queue = azure.deliver(AzureEventFixtures.StorageOrders.class, new WireEvent.Foreign("x-1", "not base64"));
        assertEquals(Set.of(), queue.redelivered(), "the host moves it to the poison queue at once");
        assertEquals(List.of("Message decoding has failed! Check MessageEncoding settings. MessageId=x-1."), queue.errors());

        Delivery bus = azure.deliver(AzureEventFixtures.Audit.class, new WireEvent.Foreign("x-2", "no message id"));
        assertEquals(Set.of("x-2"), bus.redelivered());
        assertEquals(List.of(WorkerParameters.MISSING_BINDING_NAME), bus.errors());

        EventFunction thumbs = EventFunction.storage("thumbs", 60, Set.of(StorageEvent.Kind.CREATED), (e, c) -> { });
        Delivery grid = azure.deliver(AzureEventFixtures.Thumbs.class, new WireEvent.Foreign("x-3", "a resource event"));
        assertEquals(Set.of("x-3"), grid.redelivered());
        assertEquals(List.of(thumbs.wrongEvent("an Event Grid event of type 'Microsoft.Resources.ResourceWriteSuccess'"
                + " (id 'x-3')")), grid.errors());

        Delivery timer = azure.deliver(AzureEventFixtures.Nightly.class, new WireEvent.Foreign("x-4", "not a timer"));
        assertEquals(Set.of("x-4"), timer.redelivered());
        assertTrue(timer.errors().get(0).startsWith("Function 'nightly' cannot decode timer firing 'x-4'"),
                timer.errors()::toString);
        assertTrue(AzureEventFixtures.SEEN.isEmpty(), "no handler ran");
    }

    @Test
    void theHostDatesAreNewtonsoftsFormat() {
        assertEquals("\"2025-02-03T04:05:06.789+00:00\"", HostInvocation.netDate(SENT, "+00:00"));
        assertEquals("\"2025-02-03T04:05:00\"", HostInvocation.netDate(Instant.parse("2025-02-03T04:05:00Z"), ""));
        assertEquals("\"2025-02-03T04:05:06.1234567Z\"",
                HostInvocation.netDate(Instant.parse("2025-02-03T04:05:06.12345678Z"), "Z"));
        assertEquals("a%20b/c%2B%C3%A9", HostEvents.encodePath("a b/c+é"));
    }
}
