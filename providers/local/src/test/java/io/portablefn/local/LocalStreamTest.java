package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.PortableFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stream functions through POST /_portablefn/events/{function}, over real HTTP: a batch is handed
 * over in order and stops at its first failure, whose record and the later ones are to come again.
 */
class LocalStreamTest {

    public record Click(String user, int count) {
    }

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");

    private static final List<StreamRecord> records = new CopyOnWriteArrayList<>();
    private static final List<Click> clicks = new CopyOnWriteArrayList<>();
    private static LocalServer server;
    private static Client client;

    static List<PortableFunction> functions() {
        return List.of(
                EventFunction.streams("clicks", 30, (record, context) -> {
                    records.add(record);
                    switch (record.bodyAsString()) {
                        case "fail" -> throw new IllegalStateException("secret detail");
                        case "drop" -> throw new DropEventException("not wanted");
                        default -> { }
                    }
                }),
                EventFunction.typedStreams("typed-clicks", 30,
                        (Click click, StreamRecord record, Context context) -> clicks.add(click), new BodyType<Click>() { }));
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
        records.clear();
        clicks.clear();
    }

    private static JsonNode post(String function, String json, int status) throws Exception {
        var response = client.sendForText(client.request("POST", EventEndpoint.EVENTS + "/" + function,
                json.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json"));
        assertEquals(status, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    @Test
    void aRecordReachesTheFunctionWithEveryField() throws Exception {
        JsonNode reply = post("clicks", "{\"partitionKey\":\"user-7\",\"sequence\":\"4213\","
                + "\"arrivalTime\":\"2026-01-01T00:00:00Z\",\"bodyBase64\":\"AP8H\"}", 200);
        StreamRecord record = records.get(0);
        assertEquals(Optional.of("user-7"), record.partitionKey());
        assertEquals("4213", record.sequence());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), record.arrivalTime().orElseThrow());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 7}, record.body());
        assertEquals("stream", reply.path("kind").asText());
        assertEquals("done", reply.path("events").path(0).path("outcome").asText());
        assertTrue(reply.path("redeliver").isEmpty());
    }

    @Test
    void aBatchStopsAtItsFirstFailureAndTheRestIsHeld() throws Exception {
        JsonNode reply = post("clicks", "{\"records\":[{\"sequence\":\"1\",\"body\":\"ok\"},{\"sequence\":\"2\",\"body\":\"drop\"},"
                + "{\"sequence\":\"3\",\"body\":\"fail\"},{\"sequence\":\"4\",\"body\":\"ok\"},{\"sequence\":\"5\",\"body\":\"ok\"}]}",
                500);
        assertEquals(List.of("1", "2", "3"), records.stream().map(StreamRecord::sequence).toList());
        assertEquals(List.of("done", "done", "failed", "held", "held"),
                List.of(0, 1, 2, 3, 4).stream().map(i -> reply.path("events").path(i).path("outcome").asText()).toList());
        assertEquals("[\"3\",\"4\",\"5\"]", reply.path("redeliver").toString());
        assertTrue(reply.path("events").path(3).path("detail").asText().contains("record 3 before it failed"));
        assertTrue(!reply.toString().contains("secret detail"), reply::toString);
    }

    @Test
    void recordsWithoutSequenceAreNumberedOnFromRequestToRequest() throws Exception {
        post("clicks", "{\"records\":[{\"body\":\"a\"},{\"body\":\"b\"}]}", 200);
        post("clicks", "{\"body\":{\"json\":true}}", 200);
        List<Long> numbers = records.stream().map(r -> Long.parseLong(r.sequence())).toList();
        assertTrue(numbers.get(0) < numbers.get(1) && numbers.get(1) < numbers.get(2), numbers::toString);
        assertEquals("{\"json\":true}", records.get(2).bodyAsString(), "a JSON body is sent as its JSON");
        assertEquals(NOW, records.get(0).arrivalTime().orElseThrow(), "the arrival time defaults to now");
        assertTrue(records.get(0).partitionKey().isEmpty());
    }

    @Test
    void aTypedBodyIsBoundAndOneThatDoesNotFitFailsItsRecord() throws Exception {
        post("typed-clicks", "{\"body\":{\"user\":\"u\",\"count\":2}}", 200);
        assertEquals(List.of(new Click("u", 2)), clicks);
        JsonNode reply = post("typed-clicks", "{\"body\":{\"user\":\"u\",\"count\":\"many\"}}", 500);
        assertEquals("failed", reply.path("events").path(0).path("outcome").asText());
    }

    @Test
    void badInputNamesTheFieldAndWhatIsAllowed() throws Exception {
        assertEquals("Field 'records[1].partitionKy' is not known here; allowed: partitionKey, sequence, arrivalTime,"
                + " body, bodyBase64.", post("clicks", "{\"records\":[{\"body\":\"a\"},{\"partitionKy\":\"k\"}]}", 400)
                .path("detail").asText());
        assertEquals("Field 'records[1].sequence' repeats '9'; sequences in a batch must be distinct.",
                post("clicks", "{\"records\":[{\"sequence\":\"9\"},{\"sequence\":\"9\"}]}", 400).path("detail").asText());
        assertEquals("Field 'records' must be a non-empty array of records, not an empty array.",
                post("clicks", "{\"records\":[]}", 400).path("detail").asText());
        assertTrue(post("clicks", "{\"kind\":\"CREATED\",\"bucket\":\"b\",\"key\":\"k\"}", 400).path("detail").asText()
                .startsWith("Function 'clicks' takes stream records, but received a storage event"));
        assertTrue(records.isEmpty(), "nothing of a bad request is handed over");
    }

    @Test
    void theBannerAndTheListShowAnExampleTheServerTakes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StartupBanner.print(server, false, new PrintStream(out, true, StandardCharsets.UTF_8));
        String banner = out.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("-> clicks (stream)\n      curl -X POST http://localhost:" + server.port()
                + "/_portablefn/events/clicks -H 'Content-Type: application/json' -d '{\"partitionKey\":\"user-7\","
                + "\"body\":{\"hello\":\"world\"}}'"), banner);
        JsonNode list = Json.mapper().readTree(client.get(EventEndpoint.EVENTS).body());
        assertEquals("user-7", list.path("functions").path(0).path("example").path("partitionKey").asText());
        post("clicks", EventEndpoint.exampleBody(server.eventFunctions().get(0)), 200);
    }
}
