package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pub/Sub messages through the adapter: decoding, outcomes, and what the invoker is told. */
class GcpEventAdapterTest {

    private final TestEvents.Recorder recorder = new TestEvents.Recorder();
    private final GcpEventAdapter adapter = new GcpEventAdapter(recorder.queue(), "7");

    @Test
    void decodesEveryFieldOfAPushedMessage() throws Exception {
        Instant before = Instant.now();
        adapter.accept(TestEvents.event(GcpCloudEvents.MESSAGE_PUBLISHED, "ce-1",
                "//pubsub.googleapis.com/projects/p/topics/orders", null, TestEvents.TIME,
                "{\"message\":{\"attributes\":{\"tenant\":\"acme\",\"x\":\"\"},\"data\":\"AP8H\","
                        + "\"messageId\":\"m-1\",\"message_id\":\"m-1\",\"publishTime\":\"2021-02-05T04:06:14.109Z\","
                        + "\"publish_time\":\"2021-02-05T04:06:14.109Z\",\"orderingKey\":\"k-9\"},"
                        + "\"subscription\":\"projects/p/subscriptions/s\",\"deliveryAttempt\":3}"));
        Instant after = Instant.now();

        Message message = recorder.messages.get(0);
        assertEquals("m-1", message.id());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 7}, message.body());
        assertEquals(Map.of("tenant", "acme", "x", ""), message.attributes());
        assertEquals(OptionalInt.of(3), message.deliveryCount());
        assertEquals(Instant.parse("2021-02-05T04:06:14.109Z"), message.publishTime().orElseThrow());
        assertEquals("k-9", message.orderingKey().orElseThrow());

        Context context = recorder.contexts.get(0);
        assertEquals(Provider.GCP, context.provider());
        assertEquals("ce-1", context.invocationId());
        assertEquals("orders", context.functionName());
        assertFalse(context.deadline().isBefore(before.plusSeconds(7)), context::toString);
        assertFalse(context.deadline().isAfter(after.plusSeconds(7)), context::toString);
    }

    @Test
    void aMinimalMessageHasNoAttributesCountOrKey() throws Exception {
        adapter.accept(TestEvents.event(GcpCloudEvents.MESSAGE_PUBLISHED, "ce-2",
                "//pubsub.googleapis.com/projects/p/topics/orders", null, null, "{\"message\":{\"messageId\":\"m-2\"}}"));
        Message message = recorder.messages.get(0);
        assertEquals(0, message.body().length);
        assertEquals(Map.of(), message.attributes());
        assertTrue(message.deliveryCount().isEmpty());
        assertTrue(message.publishTime().isEmpty(), "neither the message nor the event has a time");
        assertTrue(message.orderingKey().isEmpty());
    }

    @Test
    void eachMessageIsItsOwnInvocationSoOnlyTheFailingOneIsRedelivered() {
        assertDoesNotThrow(() -> adapter.accept(TestEvents.published("m-1", message("m-1", "ok"))));
        Exception failed = assertThrows(Exception.class, () -> adapter.accept(TestEvents.published("m-2", message("m-2", "fail"))));
        assertDoesNotThrow(() -> adapter.accept(TestEvents.published("m-3", message("m-3", "ok"))));

        assertEquals(List.of("m-1", "m-2", "m-3"), recorder.messages.stream().map(Message::id).toList());
        assertEquals(EventFailedException.failed("orders", "Pub/Sub message m-2").getMessage(), failed.getMessage());
        assertFalse(failed.getMessage().contains("secret user detail"), failed.getMessage());
        assertEquals(0, failed.getStackTrace().length, "no stack trace of ours in the invoker's log either");
    }

    @Test
    void aDroppedMessageIsAcknowledged() {
        GcpEventAdapter dropping = new GcpEventAdapter(EventFunction.messages("orders", 30, EventFunction.Kind.TOPIC,
                (message, context) -> {
                    throw new DropEventException("no customer");
                }), null);
        assertDoesNotThrow(() -> dropping.accept(TestEvents.published("m-1", message("m-1", "x"))));
    }

    record Order(String id, int quantity) {
    }

    @Test
    void aBodyThatDoesNotFitTheTypeFailsOnlyThatMessage() throws Exception {
        List<Order> orders = new java.util.ArrayList<>();
        GcpEventAdapter typed = new GcpEventAdapter(EventFunction.typedMessages("orders", 30, EventFunction.Kind.QUEUE,
                (Order order, Message message, Context context) -> orders.add(order), new BodyType<Order>() { }), null);
        typed.accept(TestEvents.published("m-1", message("m-1", "{\"id\":\"o-1\",\"quantity\":2}")));
        Exception unfit = assertThrows(Exception.class,
                () -> typed.accept(TestEvents.published("m-2", message("m-2", "{\"id\":\"o-2\",\"quantity\":\"many\"}"))));
        assertEquals(List.of(new Order("o-1", 2)), orders);
        assertEquals(EventFailedException.failed("orders", "Pub/Sub message m-2").getMessage(), unfit.getMessage());
    }

    @Test
    void invalidBase64FailsWithAClearErrorWithoutCallingTheFunction() {
        Exception bad = assertThrows(Exception.class, () -> adapter.accept(TestEvents.published("m-1",
                "{\"messageId\":\"m-1\",\"data\":\"Hello from Pub/Sub!\"}")));
        assertEquals(EventFailedException.undecodable("orders",
                new UndecodableEvent("Pub/Sub message m-1", "'data' is not valid base64")).getMessage(), bad.getMessage());
        assertTrue(recorder.messages.isEmpty());
    }

    @Test
    void missingOrMalformedDataFailsNamingTheEvent() {
        for (String json : new String[] {null, "{\"subscription\":\"s\"}", "not json", "{\"message\":{\"attributes\":[1]}}",
                "{\"message\":{\"messageId\":\"m\",\"publishTime\":\"yesterday\"}}",
                "{\"message\":{\"messageId\":\"m\"},\"deliveryAttempt\":0}"}) {
            Exception bad = assertThrows(Exception.class, () -> adapter.accept(TestEvents.event(
                    GcpCloudEvents.MESSAGE_PUBLISHED, "ce-9", "//pubsub.googleapis.com/projects/p/topics/t", null, null, json)));
            assertTrue(bad.getMessage().startsWith("Function 'orders' cannot decode Pub/Sub message "), bad.getMessage());
            assertTrue(bad.getMessage().endsWith("It will be delivered again and finally dead-lettered."), bad.getMessage());
        }
        assertTrue(recorder.messages.isEmpty());
    }

    @Test
    void anEventOfAnotherKindIsAnErrorNamingFunctionAndEvent() {
        Exception storage = assertThrows(Exception.class, () -> adapter.accept(
                TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-1", "{\"bucket\":\"b\",\"name\":\"n\"}")));
        assertEquals(recorder.queue().wrongEvent("a Cloud Storage event (CloudEvent type "
                + GcpCloudEvents.OBJECT_FINALIZED + ") with id s-1"), storage.getMessage());
        Exception other = assertThrows(Exception.class, () -> adapter.accept(TestEvents.event(
                "google.cloud.audit.log.v1.written", "a-1", "//cloudaudit.googleapis.com/projects/p", null, null, "{}")));
        assertEquals(recorder.queue().wrongEvent("a CloudEvent (CloudEvent type google.cloud.audit.log.v1.written)"
                + " with id a-1"), other.getMessage());
        assertTrue(recorder.messages.isEmpty());
    }

    private static String message(String id, String body) {
        return "{\"messageId\":\"" + id + "\",\"data\":\""
                + java.util.Base64.getEncoder().encodeToString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"}";
    }
}
