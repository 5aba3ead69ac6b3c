package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.suite.CaseFileException;
import io.portablefn.conformance.suite.CaseFiles;
import io.portablefn.conformance.suite.EventCase;
import io.portablefn.conformance.suite.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event case files: read beside HTTP ones, strictly, with times normalised. */
class EventCaseFilesTest {

    private static final String CASE = """
            {"id": "%s", "function": "QueueEcho",
             "event": {"messages": [{"id": "m-1", "bodyBase64": "AP8=", "attributes": {"k": "v"}, "deliveryCount": 2,
                                     "publishTime": "2026-03-01T12:00:00.000+01:00", "orderingKey": "g"}%s]},
             "expect": {"redelivered": [%s], "seen": {"m-1": {"publishTime": "2026-03-01T11:00:00.000Z"%s}}}}
            """;
    private static final String HTTP_CASE = """
            {"id": "greets", "function": "Greet", "request": {"method": "GET", "path": "/greet"}, "expect": {"status": 200}}
            """;

    @TempDir
    Path work;

    @Test
    void aDirectoryHoldsHttpAndEventCasesAndEachIsReadAsItsKind() throws IOException {
        Files.writeString(work.resolve("echoes.json"), CASE.formatted("echoes", "", "", ""));
        Files.writeString(work.resolve("greets.json"), HTTP_CASE);
        CaseFiles.Cases cases = CaseFiles.loadDirectory(work, Suite.FIXTURES);
        assertEquals("greets", cases.http().get(0).id());
        EventCase read = cases.events().get(0);
        assertEquals(QueueEcho.class, read.function());
        WireMessage message = ((WireEvent.Messages) read.event()).messages().get(0);
        assertArrayEquals(new byte[] {0, -1}, message.body());
        assertEquals(Map.of("k", "v"), message.attributes());
        assertEquals(2, message.deliveryCount());
        assertEquals(Instant.parse("2026-03-01T11:00:00Z"), message.publishTime());
        assertEquals("g", message.orderingKey());
        assertEquals("2026-03-01T11:00:00Z", read.expect().seen().get("m-1").get("publishTime").asText(),
                "a time in the expectation is compared in the form the views use");
    }

    @Test
    void mistakesAreErrorsNamingTheFileAndTheField() throws IOException {
        assertError(CASE.formatted("bad", "", "", ", \"colour\": \"red\""),
                "bad.json: expect.seen.m-1 has an unknown field \"colour\"; allowed: [attributes, body, bodyBase64,");
        assertError(CASE.formatted("bad", "", "\"m-2\"", ""),
                "bad.json: expect.redelivered names \"m-2\", which is not an id of the event; its ids are [m-1]");
        assertError(CASE.formatted("bad", ", {\"id\": \"m-1\"}", "", ""),
                "bad.json: event.messages[1]: the id \"m-1\" is used twice");
        assertError("{\"id\": \"bad\", \"function\": \"QueueEcho\", \"expect\": {}}",
                "bad.json: a case is a JSON object with a \"request\" (an HTTP case) or an \"event\" (an event case)");
        assertError("""
                {"id": "bad", "function": "StorageEcho", "event": {"storage": {"id": "s", "kind": "MOVED",
                 "bucket": "b", "key": "k", "eventTime": "2026-03-01T00:00:00Z"}}, "expect": {"redelivered": []}}
                """, "bad.json: event.storage.kind is CREATED or DELETED, not \"MOVED\"");
        assertError("""
                {"id": "bad", "function": "ScheduleEcho", "event": {"schedule": {"id": "f", "scheduledTime": "yesterday"}},
                 "expect": {"redelivered": []}}
                """, "bad.json: event.schedule.scheduledTime is not an ISO-8601 UTC time");
    }

    @Test
    void theBuiltInEventCatalogueReadsAndItsIdsDifferFromTheHttpOnes() {
        Suite builtIn = Suite.builtIn();
        assertTrue(builtIn.eventCases().size() >= 25, () -> "event cases: " + builtIn.eventCases());
        assertTrue(builtIn.cases().size() >= 19, () -> "HTTP cases: " + builtIn.cases());
        List<String> rules = builtIn.eventCases().stream().flatMap(c -> c.rules().stream()).toList();
        assertTrue(rules.stream().allMatch(rule -> rule.startsWith("event.")), rules::toString);
    }

    private void assertError(String json, String expectedStart) throws IOException {
        Path directory = Files.createDirectories(work.resolve("case-" + System.nanoTime()));
        Files.writeString(directory.resolve("bad.json"), json);
        CaseFileException error = assertThrows(CaseFileException.class,
                () -> CaseFiles.loadDirectory(directory, Suite.FIXTURES));
        String message = error.getMessage().substring(error.getMessage().indexOf("bad.json"));
        assertTrue(message.startsWith(expectedStart), message);
    }
}
