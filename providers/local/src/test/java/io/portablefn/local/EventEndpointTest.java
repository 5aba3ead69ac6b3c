package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.PortableFunction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Triggering event functions through POST /_portablefn/events/{function}: real HTTP on a free port. */
class EventEndpointTest {

    public record Order(String id, int quantity) {
    }

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");

    private static final List<Message> messages = new CopyOnWriteArrayList<>();
    private static final List<Context> contexts = new CopyOnWriteArrayList<>();
    private static final List<Order> orders = new CopyOnWriteArrayList<>();
    private static final List<StorageEvent> storage = new CopyOnWriteArrayList<>();
    private static final List<ScheduleEvent> firings = new CopyOnWriteArrayList<>();
    private static LocalServer server;
    private static Client client;

    static List<PortableFunction> functions() {
        return List.of(
                HttpFunction.raw("hello", 30, "/hello", Set.of(HttpMethod.GET), (request, context) -> HttpResponse.ok().text("hi")),
                EventFunction.messages("inbox", 30, EventFunction.Kind.QUEUE, (message, context) -> {
                    messages.add(message);
                    contexts.add(context);
                    if (message.bodyAsString().startsWith("poison")) {
                        throw new IllegalStateException("secret detail");
                    }
                    if (message.bodyAsString().startsWith("junk")) {
                        throw new DropEventException("junk");
                    }
                }),
                EventFunction.typedMessages("orders", 30, EventFunction.Kind.TOPIC,
                        (Order order, Message message, Context context) -> orders.add(order), new BodyType<Order>() { }),
                EventFunction.storage("thumbnails", 30, Set.of(StorageEvent.Kind.CREATED), (event, context) -> storage.add(event)),
                EventFunction.schedule("nightly", 30, (event, context) -> firings.add(event)));
    }

    @BeforeAll
    static void start() {
        server = LocalServer.start(0, functions(), Map.of(), ServerSettings.DEFAULT_MAX_BODY_BYTES, System.err,
                Clock.fixed(NOW, ZoneOffset.UTC), null);
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void forget() {
        messages.clear();
        contexts.clear();
        orders.clear();
        storage.clear();
        firings.clear();
    }

    private static Reply post(String function, String json) throws Exception {
        return post(function, json, null);
    }

    private static Reply post(String function, String json, String traceparent) throws Exception {
        var request = client.request("POST", EventEndpoint.EVENTS + "/" + function, json.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        var response = client.sendForText(request);
        return new Reply(response.statusCode(), response.headers().firstValue("content-type"), response.body(),
                Json.mapper().readTree(response.body()));
    }

    record Reply(int status, Optional<String> contentType, String text, JsonNode json) {
        String outcome(int i) {
            return json.path("events").path(i).path("outcome").asText();
        }

        String detail() {
            return json.path("detail").asText();
        }
    }

    @Test
    void aMessageReachesTheFunctionWithEveryFieldAndIsAcknowledged() throws Exception {
        Instant before = Instant.now();
        Reply reply = post("inbox", "{\"id\":\"m-1\",\"body\":\"hello\",\"attributes\":{\"tenant\":\"acme\",\"priority\":5},"
                + "\"orderingKey\":\"group-1\",\"deliveryCount\":3,\"publishTime\":\"2026-01-01T00:00:00Z\"}",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertEquals(200, reply.status(), reply.text());
        assertEquals(Optional.of("application/json"), reply.contentType());
        assertEquals("inbox", reply.json().path("function").asText());
        assertEquals("queue", reply.json().path("kind").asText());
        assertEquals("m-1", reply.json().path("events").path(0).path("id").asText());
        assertEquals("acknowledged", reply.outcome(0));
        assertTrue(reply.json().path("redeliver").isEmpty(), reply.text());
        Message message = messages.get(0);
        assertEquals("m-1", message.id());
        assertEquals("hello", message.bodyAsString());
        assertEquals(Map.of("tenant", "acme", "priority", "5"), message.attributes());
        assertEquals(Optional.of("group-1"), message.orderingKey());
        assertEquals(3, message.deliveryCount().getAsInt());
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), message.publishTime());
        Context context = contexts.get(0);
        assertEquals("inbox", context.functionName());
        assertEquals(io.portablefn.api.Provider.LOCAL, context.provider());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", context.invocationId());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", context.traceContext().traceparent());
        // The deadline runs in real time (the handler is interrupted by it), not on the test's clock.
        assertFalse(context.deadline().isBefore(before.plusSeconds(30)), context.deadline().toString());
        assertFalse(context.deadline().isAfter(Instant.now().plusSeconds(30)), context.deadline().toString());
    }

    @Test
    void omittedFieldsGetAFreshIdOneDeliveryAndTheServersTime() throws Exception {
        Reply reply = post("inbox", "{\"body\":{\"id\":\"o-1\",\"tags\":[\"a\"]}}");

        assertEquals(200, reply.status(), reply.text());
        Message message = messages.get(0);
        assertEquals(message.id(), reply.json().path("events").path(0).path("id").asText());
        assertFalse(message.id().isBlank());
        // A JSON value is sent as its compact JSON, as a producer publishing it would.
        assertEquals("{\"id\":\"o-1\",\"tags\":[\"a\"]}", message.bodyAsString());
        assertEquals(1, message.deliveryCount().getAsInt());
        assertEquals(Optional.of(NOW), message.publishTime());
        assertEquals(Optional.empty(), message.orderingKey());
    }

    @Test
    void base64BodiesArriveByteForByte() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        Reply reply = post("inbox", "{\"id\":\"bin\",\"bodyBase64\":\"" + Base64.getEncoder().encodeToString(all) + "\"}");

        assertEquals(200, reply.status(), reply.text());
        assertArrayEquals(all, messages.get(0).body());
    }

    @Test
    void inABatchOnlyTheFailedMessagesAreToBeRedeliveredAndTheRestAreHandled() throws Exception {
        Reply reply = post("inbox", "{\"messages\":[{\"id\":\"1\",\"body\":\"ok\"},{\"id\":\"2\",\"body\":\"poison a\"},"
                + "{\"id\":\"3\",\"body\":\"junk\"},{\"id\":\"4\",\"body\":\"poison b\"},{\"id\":\"5\",\"body\":\"ok\"}]}");

        assertEquals(500, reply.status(), reply.text());
        assertEquals(Optional.of("application/json"), reply.contentType());
        assertEquals(List.of("1", "2", "3", "4", "5"), messages.stream().map(Message::id).toList());
        assertEquals(List.of("acknowledged", "failed", "dropped", "failed", "acknowledged"),
                List.of(reply.outcome(0), reply.outcome(1), reply.outcome(2), reply.outcome(3), reply.outcome(4)));
        assertEquals("[\"2\",\"4\"]", reply.json().path("redeliver").toString());
        assertTrue(reply.json().path("events").path(1).path("detail").asText().contains("redelivered"), reply.text());
        assertFalse(reply.text().contains("secret detail"), reply.text());
        assertFalse(reply.text().contains("IllegalStateException"), reply.text());
    }

    @Test
    void aFailedMessageHoldsBackTheLaterOnesOfItsOrderingKeyAndOthersGoOn() throws Exception {
        Reply reply = post("inbox", "{\"messages\":[{\"id\":\"a1\",\"body\":\"poison\",\"orderingKey\":\"a\"},"
                + "{\"id\":\"b1\",\"body\":\"ok\",\"orderingKey\":\"b\"},{\"id\":\"a2\",\"body\":\"ok\",\"orderingKey\":\"a\"},"
                + "{\"id\":\"n1\",\"body\":\"ok\"}]}");

        assertEquals(500, reply.status(), reply.text());
        assertEquals(List.of("a1", "b1", "n1"), messages.stream().map(Message::id).toList());
        assertEquals(List.of("failed", "acknowledged", "held", "acknowledged"),
                List.of(reply.outcome(0), reply.outcome(1), reply.outcome(2), reply.outcome(3)));
        assertTrue(reply.json().path("events").path(2).path("detail").asText().contains("ordering key 'a' failed"),
                reply.text());
        assertEquals("[\"a1\",\"a2\"]", reply.json().path("redeliver").toString());
    }

    @Test
    void typedTopicMessagesAreBoundAndABodyThatDoesNotFitFails() throws Exception {
        Reply fits = post("orders", "{\"body\":{\"id\":\"o-1\",\"quantity\":2}}");
        assertEquals(200, fits.status(), fits.text());
        assertEquals(List.of(new Order("o-1", 2)), orders);
        assertEquals("topic", fits.json().path("kind").asText());

        Reply unfit = post("orders", "{\"messages\":[{\"id\":\"a\",\"body\":{\"id\":\"o-2\",\"quantity\":\"many\"}},"
                + "{\"id\":\"b\",\"body\":{\"id\":\"o-3\",\"quantity\":1}}]}");
        assertEquals(500, unfit.status(), unfit.text());
        assertEquals("[\"a\"]", unfit.json().path("redeliver").toString());
        assertEquals(List.of(new Order("o-1", 2), new Order("o-3", 1)), orders);
    }

    @Test
    void aStorageEventReachesTheFunctionWithEveryField() throws Exception {
        Reply reply = post("thumbnails", "{\"id\":\"s-1\",\"kind\":\"created\",\"bucket\":\"uploads\",\"key\":\"photos/cat 1.jpg\","
                + "\"size\":2048,\"etag\":\"\\\"abc\\\"\",\"contentType\":\"image/jpeg\",\"version\":\"7\"}");

        assertEquals(200, reply.status(), reply.text());
        assertEquals("acknowledged", reply.outcome(0));
        StorageEvent event = storage.get(0);
        assertEquals("s-1", event.id());
        assertEquals(StorageEvent.Kind.CREATED, event.kind());
        assertEquals("uploads", event.bucket());
        assertEquals("photos/cat 1.jpg", event.key());
        assertEquals(2048, event.size().getAsLong());
        assertEquals(Optional.of("abc"), event.etag());
        assertEquals(Optional.of("image/jpeg"), event.contentType());
        assertEquals(Optional.of("7"), event.version());
        assertEquals(NOW, event.eventTime());
    }

    @Test
    void aStorageEventOfAKindTheFunctionDoesNotTakeIsAcknowledgedUnseenAndSaysSo() throws Exception {
        Reply reply = post("thumbnails", "{\"kind\":\"DELETED\",\"bucket\":\"uploads\",\"key\":\"a.jpg\"}");

        assertEquals(200, reply.status(), reply.text());
        assertEquals("acknowledged", reply.outcome(0));
        assertTrue(reply.json().path("events").path(0).path("detail").asText().contains("takes CREATED events only"),
                reply.text());
        assertTrue(storage.isEmpty());
    }

    @Test
    void aScheduleFiresForNowAtTheWholeMinuteOrForTheTimeGiven() throws Exception {
        Reply empty = post("nightly", "");
        assertEquals(200, empty.status(), empty.text());
        assertEquals(new ScheduleEvent(firings.get(0).id(), Instant.parse("2026-03-04T05:06:00Z"), false), firings.get(0));

        Reply given = post("nightly", "{\"id\":\"f-1\",\"scheduledTime\":\"2026-01-01T02:30:00Z\",\"pastDue\":true}");
        assertEquals(200, given.status(), given.text());
        assertEquals(new ScheduleEvent("f-1", Instant.parse("2026-01-01T02:30:00Z"), true), firings.get(1));
        assertEquals("schedule", given.json().path("kind").asText());
    }

    @Test
    void httpFunctionsAreServedAlongside() throws Exception {
        assertEquals("hi", client.get("/hello").body());
    }

    @Test
    void theEventFunctionsAreListed() throws Exception {
        var response = client.get(EventEndpoint.EVENTS);
        assertEquals(200, response.statusCode());
        JsonNode list = Json.mapper().readTree(response.body()).path("functions");
        assertEquals(4, list.size(), response.body());
        assertEquals("inbox", list.path(0).path("name").asText());
        assertEquals("POST /_portablefn/events/inbox", list.path(0).path("trigger").asText());
        assertEquals("CREATED", list.path(2).path("example").path("kind").asText());
    }
}
