package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.Provider;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.azure.WorkerContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Queue and Service Bus messages: decoding the bound values, and what each outcome does. */
class AzureEventAdapterTest {

    private static final String SECRET = "handler's own words";

    private final AtomicReference<Message> seen = new AtomicReference<>();

    private AzureEventAdapter adapter(EventFunction.Kind kind, MessageHandler handler) {
        return new AzureEventAdapter(EventFunction.messages("orders", 30, kind, (message, context) -> {
            seen.set(message);
            assertEquals(Provider.AZURE, context.provider());
            assertEquals("inv-1", context.invocationId());
            handler.handle(message, context);
        }));
    }

    private static WorkerContext context() {
        return new WorkerContext("inv-1", "orders", Logger.getLogger("test"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStorageQueueMessageCarriesItsBytesIdDequeueCountAndInsertionTime() {
        byte[] body = {(byte) 0xff, 0, 'x'};
        // As the worker binds them: Id a string, DequeueCount and InsertionTime the host's JSON text.
        adapter(EventFunction.Kind.QUEUE, (m, c) -> { }).storageQueue(body, "m-1", "2",
                "\"2025-01-02T03:04:05.1234567+00:00\"", context());
        Message message = seen.get();
        assertEquals("m-1", message.id());
        assertArrayEquals(body, message.body());
        assertEquals(OptionalInt.of(2), message.deliveryCount());
        assertEquals(Instant.parse("2025-01-02T03:04:05.1234567Z"), message.publishTime().orElseThrow());
        assertEquals(Map.of(), message.attributes());
        assertTrue(message.orderingKey().isEmpty());
    }

    @Test
    void aServiceBusMessageCarriesItsPropertiesAsTextAndItsUtcEnqueueTime() {
        adapter(EventFunction.Kind.TOPIC, (m, c) -> { }).serviceBus(null, "sb-1", "3", "\"2025-01-02T03:04:05.5\"",
                "{\"tenant\":\"acme\",\"n\":5,\"ok\":true,\"gone\":null}", context());
        Message message = seen.get();
        assertEquals("sb-1", message.id());
        assertEquals(0, message.body().length);
        assertEquals(OptionalInt.of(3), message.deliveryCount());
        // EnqueuedTimeUtc is a .NET DateTime of unspecified kind: no offset, and UTC.
        assertEquals(Instant.parse("2025-01-02T03:04:05.5Z"), message.publishTime().orElseThrow());
        assertEquals(Map.of("tenant", "acme", "n", "5", "ok", "true"), message.attributes());
    }

    @Test
    void plainValuesAreReadAsWellAsJsonOnes() {
        adapter(EventFunction.Kind.QUEUE, (m, c) -> { }).serviceBus(bytes("hi"), "\"sb-2\"", "1",
                "2025-01-02T03:04:05Z", "{}", context());
        assertEquals("sb-2", seen.get().id());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), seen.get().publishTime().orElseThrow());
    }

    @Test
    void returningOrDroppingReturnsNormally() {
        adapter(EventFunction.Kind.QUEUE, (m, c) -> { }).storageQueue(bytes("a"), "m-1", "1", null, context());
        adapter(EventFunction.Kind.QUEUE, (m, c) -> {
            throw new DropEventException("not for us");
        }).storageQueue(bytes("a"), "m-2", "1", null, context());
        assertEquals("m-2", seen.get().id());
    }

    @Test
    void aThrowingHandlerMakesTheMethodThrowOurMessageNotItsOwn() {
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter(EventFunction.Kind.QUEUE, (m, c) -> {
            throw new IllegalStateException(SECRET);
        }).storageQueue(bytes("a"), "m-3", "4", null, context()));
        assertTrue(failure.getMessage().startsWith("Function 'orders' did not complete message 'm-3'"), failure::getMessage);
        assertTrue(failure.getMessage().contains("poison queue"), failure::getMessage);
        assertFalse(failure.getMessage().contains(SECRET), failure::getMessage);
        assertEquals(0, failure.getStackTrace().length, "no stack trace reaches the host");

        EventFailure serviceBus = assertThrows(EventFailure.class, () -> adapter(EventFunction.Kind.QUEUE, (m, c) -> {
            throw new IllegalStateException(SECRET);
        }).serviceBus(bytes("a"), "sb-3", "1", null, "{}", context()));
        assertTrue(serviceBus.getMessage().contains("'sb-3'") && serviceBus.getMessage().contains("dead-letter queue"),
                serviceBus::getMessage);
    }

    record Order(String id, int quantity) {
    }

    @Test
    void aTypedBodyThatDoesNotFitFailsTheMessage() {
        AtomicReference<Order> bound = new AtomicReference<>();
        AzureEventAdapter typed = new AzureEventAdapter(EventFunction.typedMessages("orders", 30, EventFunction.Kind.QUEUE,
                (Order order, Message message, io.portablefn.api.Context context) -> bound.set(order),
                new BodyType<Order>() { }));
        typed.storageQueue(bytes("{\"id\":\"o-1\",\"quantity\":2}"), "m-1", "1", null, context());
        assertEquals(new Order("o-1", 2), bound.get());

        EventFailure failure = assertThrows(EventFailure.class,
                () -> typed.storageQueue(bytes("{\"quantity\":\"many\"}"), "m-2", "1", null, context()));
        assertTrue(failure.getMessage().contains("'m-2'"), failure::getMessage);
    }

    @Test
    void undecodableMetadataFailsTheMessageWithTheProblem() {
        AzureEventAdapter adapter = adapter(EventFunction.Kind.QUEUE, (m, c) -> { });
        EventFailure count = assertThrows(EventFailure.class,
                () -> adapter.storageQueue(bytes("a"), "m-1", "two", null, context()));
        assertEquals("Function 'orders' cannot decode Storage queue message 'm-1': DequeueCount is not a whole number;"
                + " the host delivers it again and, after the queue's maxDequeueCount, moves it to the poison queue.",
                count.getMessage());
        EventFailure time = assertThrows(EventFailure.class,
                () -> adapter.serviceBus(bytes("a"), "sb-1", "1", "\"yesterday\"", "{}", context()));
        assertTrue(time.getMessage().contains("EnqueuedTimeUtc is not an ISO-8601 date and time"), time::getMessage);
        EventFailure noId = assertThrows(EventFailure.class,
                () -> adapter.serviceBus(bytes("a"), null, "1", null, "{}", context()));
        assertTrue(noId.getMessage().contains("has no MessageId"), noId::getMessage);
        EventFailure properties = assertThrows(EventFailure.class,
                () -> adapter.serviceBus(bytes("a"), "sb-2", "1", null, "[1]", context()));
        assertTrue(properties.getMessage().contains("UserProperties"), properties::getMessage);
        assertNull(seen.get(), "the handler never ran");
    }

    @Test
    void anEventOfAnotherKindIsTheWrongEventError() {
        EventFunction storage = EventFunction.storage("thumbs", 30, Set.of(StorageEvent.Kind.CREATED), (e, c) -> { });
        EventFailure failure = assertThrows(EventFailure.class,
                () -> new AzureEventAdapter(storage).storageQueue(bytes("a"), "m-1", "1", null, context()));
        assertEquals(storage.wrongEvent("a Storage queue message"), failure.getMessage());

        EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (m, c) -> { });
        assertEquals(queue.wrongEvent("an Event Grid event"), assertThrows(EventFailure.class,
                () -> new AzureEventAdapter(queue).eventGrid("{}", context())).getMessage());
        assertEquals(queue.wrongEvent("a timer firing"), assertThrows(EventFailure.class,
                () -> new AzureEventAdapter(queue).timer("{}", context())).getMessage());
    }
}
