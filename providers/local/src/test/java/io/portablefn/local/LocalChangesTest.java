package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Change;
import io.portablefn.api.Context;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change functions on the local server: POST /_portablefn/events/{function}, in order, stopping at a failure. */
class LocalChangesTest {

    public record Order(String id, int quantity) {
    }

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    private static final List<Change<Order>> seen = new CopyOnWriteArrayList<>();
    private static LocalServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        EventFunction audit = EventFunction.changes("audit", 30, (Change<Order> change, Context context) -> {
            seen.add(change);
            if (change.newItem().map(order -> order.quantity() < 0).orElse(false)) {
                throw new IllegalStateException("secret detail");
            }
        }, new BodyType<Order>() { });
        server = LocalServer.start(0, List.of(audit), Map.of(), ServerSettings.DEFAULT_MAX_BODY_BYTES, System.err,
                Clock.fixed(NOW, ZoneOffset.UTC), null);
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void forget() {
        seen.clear();
    }

    private static JsonNode post(String json, int status) throws Exception {
        var response = client.sendForText(client.request("POST", EventEndpoint.EVENTS + "/audit",
                json.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json"));
        assertEquals(status, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    @Test
    void oneChangeReachesTheHandlerBoundWithEveryField() throws Exception {
        JsonNode reply = post("{\"kind\":\"UPDATED\",\"key\":{\"id\":\"o-1\",\"shard\":7},"
                + "\"newItem\":{\"id\":\"o-1\",\"quantity\":3},\"oldItem\":{\"id\":\"o-1\",\"quantity\":2},"
                + "\"position\":\"4961\",\"time\":\"2026-01-01T00:00:00Z\"}", 200);

        Change<Order> change = seen.get(0);
        assertEquals(Change.Kind.UPDATED, change.kind());
        assertEquals(Map.of("id", "o-1", "shard", "7"), change.key());
        assertEquals(new Order("o-1", 3), change.newItem().orElseThrow());
        assertEquals(new Order("o-1", 2), change.oldItem().orElseThrow());
        assertEquals("4961", change.position());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), change.time().orElseThrow());
        assertEquals("acknowledged", reply.path("events").path(0).path("outcome").asText());
        assertEquals("change", reply.path("kind").asText());
    }

    @Test
    void aBatchKeepsItsOrderAndStopsAtTheFirstFailure() throws Exception {
        JsonNode reply = post("{\"changes\":["
                + "{\"kind\":\"CREATED\",\"key\":{\"id\":\"a\"},\"newItem\":{\"id\":\"a\",\"quantity\":1}},"
                + "{\"kind\":\"CREATED\",\"key\":{\"id\":\"b\"},\"newItem\":{\"id\":\"b\",\"quantity\":-1}},"
                + "{\"kind\":\"DELETED\",\"key\":{\"id\":\"a\"},\"oldItem\":{\"id\":\"a\",\"quantity\":1}}]}", 500);

        assertEquals(List.of("a", "b"), seen.stream().map(c -> c.key().get("id")).toList(), "c never reaches it");
        assertEquals(List.of("acknowledged", "failed", "held"), List.of(reply.path("events").path(0).path("outcome")
                .asText(), reply.path("events").path(1).path("outcome").asText(),
                reply.path("events").path(2).path("outcome").asText()));
        assertEquals(Json.mapper().readTree("[\"2\",\"3\"]"), reply.path("redeliver"), "positions default to 1, 2, 3");
        assertTrue(reply.path("events").path(2).path("detail").asText().contains("the change at position 2 failed"
                + " before it"));
        assertTrue(!reply.toString().contains("secret detail"));
    }

    @Test
    void badChangesAreRefusedNamingTheField() throws Exception {
        assertEquals("Field 'kind' is 'MOVED'; allowed: CREATED, UPDATED, DELETED or WRITTEN.",
                post("{\"kind\":\"MOVED\",\"key\":{\"id\":\"a\"},\"newItem\":{}}", 400).path("detail").asText());
        assertEquals("Field 'changes[0].newItem' is set on a DELETED change; a deletion has the old item only.",
                post("{\"changes\":[{\"kind\":\"DELETED\",\"key\":{\"id\":\"a\"},\"newItem\":{}}]}", 400)
                        .path("detail").asText());
        assertTrue(post("{\"kind\":\"CREATED\",\"newItem\":{}}", 400).path("detail").asText()
                .startsWith("Field 'key' is required"));
        assertEquals(List.of(), seen);
    }

    @Test
    void theListShowsAnExampleThatWorks() throws Exception {
        JsonNode list = Json.mapper().readTree(client.get(EventEndpoint.EVENTS).body());
        JsonNode example = list.path("functions").path(0).path("example");
        assertEquals("change", list.path("functions").path(0).path("kind").asText());
        post(example.toString(), 200);
        assertEquals(1, seen.size());
    }
}
