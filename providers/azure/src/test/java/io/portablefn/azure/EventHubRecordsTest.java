package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.StreamRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EventHubRecords}: the batch's bodies and SystemPropertiesArray become records, in order. */
class EventHubRecordsTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = EventHubRecordsTest.class.getResourceAsStream("/eventhubs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFixtureBecomesTwoRecordsInOrder() throws Exception {
        byte[] binary = {(byte) 0xff, 0, 'x'};
        List<EventHubRecords.Event> events = EventHubRecords.decode(
                new byte[][] {"{\"page\":\"/home\"}".getBytes(StandardCharsets.UTF_8), binary},
                fixture("system-properties-array-two-keys.json"));

        StreamRecord first = events.get(0).record();
        assertEquals(Optional.of("user-7"), first.partitionKey());
        assertEquals("4213", first.sequence());
        // EnqueuedTimeUtc has no offset: it is UTC.
        assertEquals(Instant.parse("2026-11-30T08:15:02.25Z"), first.arrivalTime().orElseThrow());
        assertEquals("{\"page\":\"/home\"}", first.bodyAsString());
        assertEquals("8590034560", events.get(0).offset());

        StreamRecord second = events.get(1).record();
        assertTrue(second.partitionKey().isEmpty(), "a null PartitionKey is no key");
        assertEquals("4214", second.sequence());
        assertEquals(Instant.parse("2026-11-30T08:15:02.313Z"), second.arrivalTime().orElseThrow());
        assertArrayEquals(binary, second.body(), "bodies are bytes, untouched");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                                             | the trigger metadata has no SystemPropertiesArray",
        "not json                                     | SystemPropertiesArray is not JSON",
        "{}                                           | SystemPropertiesArray is not a JSON array",
        "[]                                           | SystemPropertiesArray has 0 entries for 1 events",
        "[42]                                         | the system properties of event 0 of the batch are not a JSON object",
        "[{\"SequenceNumber\":\"abc\"}]               | event 0 of the batch has no whole SequenceNumber",
        "[{\"SequenceNumber\":1.5}]                   | event 0 of the batch has no whole SequenceNumber",
        "[{\"SequenceNumber\":1,\"EnqueuedTimeUtc\":\"noon\"}] | EnqueuedTimeUtc of event 0 of the batch is not an ISO-8601 date and time",
    })
    void unreadableMetadataIsNamed(String properties, String problem) {
        BindingValues.Unreadable unreadable = assertThrows(BindingValues.Unreadable.class,
                () -> EventHubRecords.decode(new byte[][] {{'x'}}, properties));
        assertEquals(problem, unreadable.getMessage());
    }

    @Test
    void aSequenceNumberAsTextIsTakenAndAMissingTimeIsEmpty() throws Exception {
        StreamRecord record = EventHubRecords.decode(new byte[][] {{}}, "[{\"SequenceNumber\":\"17\"}]").get(0).record();
        assertEquals("17", record.sequence());
        assertTrue(record.arrivalTime().isEmpty());
        assertEquals(0, record.body().length);
    }
}
