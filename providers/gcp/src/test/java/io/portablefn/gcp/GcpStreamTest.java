package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stream functions on Google Cloud: each Pub/Sub message is one record (ordering key, message id,
 * publish time, data), and a failed record fails the invocation so that Pub/Sub delivers it again.
 */
class GcpStreamTest {

    public record Click(String user, int count) {
    }

    private final List<StreamRecord> seen = new ArrayList<>();

    private GcpEventAdapter adapter() {
        return new GcpEventAdapter(EventFunction.streams("clicks", 30, (record, context) -> {
            seen.add(record);
            switch (record.bodyAsString()) {
                case "fail" -> throw new IllegalStateException("secret user detail");
                case "drop" -> throw new DropEventException("not wanted");
                default -> { }
            }
        }), "7");
    }

    @Test
    void aMessageIsARecordOfItsOrderingKeyIdTimeAndData() throws Exception {
        adapter().accept(TestEvents.published("ce-1", "{\"data\":\"AP8H\",\"messageId\":\"m-1\","
                + "\"publishTime\":\"2021-02-05T04:06:14.109Z\",\"orderingKey\":\"user-7\"}"));
        StreamRecord record = seen.get(0);
        assertEquals(Optional.of("user-7"), record.partitionKey());
        assertEquals("m-1", record.sequence());
        assertEquals(Instant.parse("2021-02-05T04:06:14.109Z"), record.arrivalTime().orElseThrow());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 7}, record.body());
    }

    @Test
    void aMessageWithoutOrderingKeyHasNoPartitionKey() throws Exception {
        adapter().accept(TestEvents.published("ce-2", "{\"messageId\":\"m-2\"}"));
        assertTrue(seen.get(0).partitionKey().isEmpty());
        assertEquals(0, seen.get(0).body().length);
    }

    @Test
    void aFailedRecordFailsTheInvocationWithoutTheHandlersWords() {
        Exception failed = assertThrows(Exception.class, () -> adapter().accept(TestEvents.published("ce-3",
                "{\"data\":\"ZmFpbA==\",\"messageId\":\"m-3\"}")));
        assertEquals(EventFailedException.failed("clicks", "Pub/Sub message m-3").getMessage(), failed.getMessage());
        assertFalse(failed.getMessage().contains("secret user detail"));
    }

    @Test
    void aDroppedRecordIsAcknowledged() {
        assertDoesNotThrow(() -> adapter().accept(TestEvents.published("ce-4", "{\"data\":\"ZHJvcA==\",\"messageId\":\"m-4\"}")));
        assertEquals(1, seen.size());
    }

    @Test
    void aBodyThatDoesNotBindFailsTheRecordBeforeTheHandler() {
        List<Click> clicks = new ArrayList<>();
        GcpEventAdapter typed = new GcpEventAdapter(EventFunction.typedStreams("clicks", 30,
                (Click click, StreamRecord record, io.portablefn.api.Context context) -> clicks.add(click),
                new BodyType<Click>() { }), "7");
        // {"user":"u","count":"many"}
        assertThrows(Exception.class, () -> typed.accept(TestEvents.published("ce-5",
                "{\"data\":\"eyJ1c2VyIjoidSIsImNvdW50IjoibWFueSJ9\",\"messageId\":\"m-5\"}")));
        assertTrue(clicks.isEmpty());
    }

    @Test
    void googlesPublishedSampleIsARecord() throws Exception {
        Path sample = GcpRealEventsTest.gcpEvents().resolve("pubsub-cloudevent-structured-google-cloudevents.json");
        adapter().accept(GcpRealEventsTest.structured(Files.readAllBytes(sample)));
        StreamRecord record = seen.get(0);
        assertEquals(Optional.of("ordering-key"), record.partitionKey());
        assertEquals("message-id", record.sequence());
        assertEquals(Instant.parse("2021-02-05T04:06:14.109Z"), record.arrivalTime().orElseThrow());
        assertEquals("test message 3", record.bodyAsString());
    }
}
