package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.ProviderEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stream function on Lambda: a Kinesis batch goes to the handler in order until a record fails,
 * and the answer names that record's sequence number, from which Lambda retries; what cannot be
 * answered record by record fails the invocation.
 */
class KinesisBatchTest {

    private final List<StreamRecord> seen = new ArrayList<>();

    private EventFunction clicks() {
        return EventFunction.streams("clicks", 30, (record, context) -> {
            seen.add(record);
            switch (record.bodyAsString()) {
                case "fail" -> throw new IllegalStateException("secret detail");
                case "drop" -> throw new DropEventException("not wanted");
                default -> { }
            }
        });
    }

    /** A Kinesis record as Lambda sends it; data is given as base64. */
    private static String record(String sequence, String key, String base64Data) {
        return "{\"kinesis\":{\"kinesisSchemaVersion\":\"1.0\",\"partitionKey\":\"" + key + "\",\"sequenceNumber\":\""
                + sequence + "\",\"data\":\"" + base64Data + "\",\"approximateArrivalTimestamp\":1545084650.987},"
                + "\"eventSource\":\"aws:kinesis\",\"eventVersion\":\"1.0\",\"eventID\":\"shardId-000000000006:"
                + sequence + "\",\"eventName\":\"aws:kinesis:record\",\"awsRegion\":\"us-east-1\","
                + "\"eventSourceARN\":\"arn:aws:kinesis:us-east-1:123456789012:stream/clicks\"}";
    }

    private static String batch(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBatchWithoutFailuresAnswersAnEmptyListAndEveryFieldArrives() {
        EventRuns.Run run = EventRuns.run(clicks(), batch(record("49590338271490256608559692538361571095921575989136588898",
                "user-7", b64("{\"page\":\"/\"}")), record("2", "user-7", b64("drop"))));
        assertEquals(List.of(), run.batchItemFailures());
        StreamRecord first = seen.get(0);
        assertEquals(Optional.of("user-7"), first.partitionKey());
        assertEquals("49590338271490256608559692538361571095921575989136588898", first.sequence());
        assertEquals(Instant.parse("2018-12-17T22:10:50.987Z"), first.arrivalTime().orElseThrow());
        assertEquals("{\"page\":\"/\"}", first.bodyAsString());
        assertEquals(2, seen.size());
    }

    @Test
    void theFirstFailedRecordIsReportedAndTheRestIsNotHandedOver() {
        EventRuns.Run run = EventRuns.run(clicks(), batch(record("1", "p", b64("ok")), record("2", "p", b64("fail")),
                record("3", "p", b64("ok"))));
        assertEquals(List.of("2"), run.batchItemFailures());
        assertEquals(List.of("1", "2"), seen.stream().map(StreamRecord::sequence).toList());
        assertFalse(run.output().contains("secret detail"));
    }

    @Test
    void anUndecodableRecordStopsTheBatchThereAndIsReported() {
        EventRuns.Run run = EventRuns.run(clicks(), batch(record("1", "p", b64("ok")), record("2", "p", "not base64!"),
                record("3", "p", b64("ok"))));
        assertEquals(List.of("2"), run.batchItemFailures());
        assertEquals(List.of("1"), seen.stream().map(StreamRecord::sequence).toList());
        assertTrue(run.log().stream().anyMatch(line -> line.contains("Kinesis record 2 cannot be decoded for function"
                + " 'clicks'") && line.contains("kinesis.data")), run.log()::toString);
    }

    @Test
    void aRecordWithoutSequenceNumberFailsTheWholeBatch() {
        EventRuns.Run run = EventRuns.run(clicks(), batch(record("1", "p", b64("ok")),
                "{\"eventSource\":\"aws:kinesis\",\"kinesis\":{\"data\":\"\"}}"));
        assertNotNull(run.error());
        assertTrue(run.error().getMessage().startsWith("Function 'clicks' received a Kinesis batch with record 2 of 2"
                + " without a kinesis.sequenceNumber; its failure could not be reported record by record, so the"
                + " whole batch fails"), run.error().getMessage());
    }

    @Test
    void anElementThatIsNoRecordFailsTheWholeBatchBeforeAnyIsHandled() {
        EventRuns.Run run = EventRuns.run(clicks(), batch(record("1", "p", b64("ok")), "42"));
        assertNotNull(run.error());
        assertTrue(seen.isEmpty());
    }

    @Test
    void anotherKindOfEventIsRefusedNamingIt() {
        EventRuns.Run run = EventRuns.run(clicks(), EventRuns.sqs("m-1", "hello"));
        assertEquals("Function 'clicks' takes stream records, but received an SQS event (a batch of queue messages);"
                + " check the trigger that invokes it.", run.error().getMessage());
    }

    @Test
    void aStreamEventReachesNoOtherKindOfFunction() {
        EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (m, c) -> { });
        assertEquals("Function 'orders' takes queue messages, but received a Kinesis event (a batch of stream records);"
                + " check the trigger that invokes it.", EventRuns.run(queue, batch(record("1", "p", b64("x"))))
                .error().getMessage());
    }

    @Test
    void everyRealKinesisSampleIsHandledWhole() throws Exception {
        Optional<Path> folder = ProviderEvents.folder("aws");
        assumeTrue(folder.isPresent(), "provider events not found");
        List<Path> samples;
        try (var files = Files.list(folder.get())) {
            samples = files.filter(f -> f.getFileName().toString().startsWith("kinesis-")).sorted().toList();
        }
        assertEquals(3, samples.size(), samples::toString);
        for (Path sample : samples) {
            seen.clear();
            EventRuns.Run run = EventRuns.run(clicks(), Files.readString(sample));
            assertEquals(List.of(), run.batchItemFailures(), sample.toString());
            assertFalse(seen.isEmpty(), sample.toString());
            assertTrue(seen.stream().allMatch(r -> r.partitionKey().isPresent() && r.arrivalTime().isPresent()),
                    sample.toString());
        }
    }
}
