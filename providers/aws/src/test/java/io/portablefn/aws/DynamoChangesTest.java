package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portablefn.api.Change;
import io.portablefn.api.Context;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Change functions on Lambda: a DynamoDB Streams batch handed over in order, stopping at the
 * first failure, whose sequence number is the one {@code batchItemFailures} reports; AWS's own
 * sample batch (insert, modify, remove) when the shared folder is there.
 */
class DynamoChangesTest {

    private final List<Change<Map<String, Object>>> seen = new ArrayList<>();

    private EventFunction audit() {
        return EventFunction.changes("audit", 30, (Change<Map<String, Object>> change, Context context) -> {
            seen.add(change);
            if ("poison".equals(change.newItem().map(item -> item.get("state")).orElse(null))) {
                throw new IllegalStateException("fixture-secret");
            }
        }, new BodyType<Map<String, Object>>() { });
    }

    private static String record(String name, String sequence, String id, String newImage) {
        return "{\"eventID\":\"e-" + sequence + "\",\"eventName\":\"" + name + "\",\"eventSource\":\"aws:dynamodb\","
                + "\"eventSourceARN\":\"arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000\","
                + "\"dynamodb\":{\"Keys\":{\"id\":{\"S\":\"" + id + "\"}},"
                + (newImage == null ? "" : "\"NewImage\":" + newImage + ",")
                + "\"ApproximateCreationDateTime\":1767225600,\"SequenceNumber\":\"" + sequence + "\","
                + "\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}}";
    }

    private static String batch(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    @Test
    void aBatchIsHandedOverInOrderAndNothingIsReportedWhenAllSucceed() {
        EventRuns.Run run = EventRuns.run(audit(), batch(
                record("INSERT", "100", "a", "{\"id\":{\"S\":\"a\"},\"qty\":{\"N\":\"12345678901234567890.5\"}}"),
                record("REMOVE", "101", "a", null)));

        assertEquals(List.of(), run.batchItemFailures());
        assertEquals(List.of(Change.Kind.CREATED, Change.Kind.DELETED), seen.stream().map(Change::kind).toList());
        assertEquals(Map.of("id", "a"), seen.get(0).key());
        assertEquals("100", seen.get(0).position());
        assertEquals(Instant.ofEpochSecond(1767225600), seen.get(0).time().orElseThrow());
    }

    public record Line(String id, java.math.BigDecimal qty) {
    }

    @Test
    void numbersReachABigDecimalExactly() {
        List<Line> lines = new ArrayList<>();
        EventFunction function = EventFunction.changes("lines", 30,
                (Change<Line> change, Context context) -> lines.add(change.newItem().orElseThrow()),
                new BodyType<Line>() { });
        EventRuns.Run run = EventRuns.run(function, batch(
                record("INSERT", "100", "a", "{\"id\":{\"S\":\"a\"},\"qty\":{\"N\":\"12345678901234567890.5\"}}")));
        assertEquals(List.of(), run.batchItemFailures());
        assertEquals(new java.math.BigDecimal("12345678901234567890.5"), lines.get(0).qty());
    }

    @Test
    void theFirstFailedChangesSequenceNumberIsReportedAndTheRestAreHeldBack() {
        EventRuns.Run run = EventRuns.run(audit(), batch(
                record("INSERT", "100", "a", "{\"state\":{\"S\":\"ok\"}}"),
                record("MODIFY", "101", "b", "{\"state\":{\"S\":\"poison\"}}"),
                record("INSERT", "102", "c", "{\"state\":{\"S\":\"ok\"}}")));

        assertEquals(List.of("101"), run.batchItemFailures());
        assertEquals(List.of("100", "101"), seen.stream().map(Change::position).toList(), "102 waits for 101");
        assertTrue(run.log().stream().noneMatch(line -> line.contains("fixture-secret") && line.contains("batchItem")));
    }

    @Test
    void anUndecodableRecordFailsWhereItStandsAfterTheOnesBeforeIt() {
        EventRuns.Run run = EventRuns.run(audit(), batch(
                record("INSERT", "100", "a", "{\"state\":{\"S\":\"ok\"}}"),
                record("TRUNCATE", "101", "b", null),
                record("INSERT", "102", "c", "{\"state\":{\"S\":\"ok\"}}")));

        assertEquals(List.of("101"), run.batchItemFailures());
        assertEquals(List.of("100"), seen.stream().map(Change::position).toList());
        assertTrue(run.log().stream().anyMatch(line -> line.contains("DynamoDB Streams record 101 cannot be decoded"
                + " for function 'audit'") && line.contains("eventName 'TRUNCATE'")), run.log()::toString);
    }

    @Test
    void aRecordWithoutSequenceNumberFailsTheWholeBatchBeforeAnyChange() {
        EventRuns.Run run = EventRuns.run(audit(), batch(
                record("INSERT", "100", "a", "{\"state\":{\"S\":\"ok\"}}"),
                record("INSERT", "101", "b", "{}").replace("\"SequenceNumber\":\"101\",", "")));

        assertNotNull(run.error());
        assertTrue(run.error().getMessage().contains("record 2 of 2 has no dynamodb.SequenceNumber"),
                run.error().getMessage());
        assertEquals(List.of(), seen);
    }

    @Test
    void anSqsBatchIsTheWrongKindForAChangeFunction() {
        EventRuns.Run run = EventRuns.run(audit(), "{\"Records\":[{\"messageId\":\"m-1\",\"eventSource\":\"aws:sqs\","
                + "\"body\":\"x\"}]}");
        assertEquals("Function 'audit' takes table changes, but received an SQS event (a batch of queue messages);"
                + " check the trigger that invokes it.", run.error().getMessage());
    }

    @Test
    void awsOwnSampleBatchArrivesAsCreatedUpdatedDeleted() throws Exception {
        Path sample = RealEventsTest.awsEvents().resolve("dynamodb-insert-modify-remove-java-libs.json");
        assumeTrue(Files.isRegularFile(sample), "no sample " + sample);

        EventRuns.Run run = EventRuns.run(audit(), Files.readString(sample));

        assertEquals(List.of(), run.batchItemFailures());
        assertEquals(List.of(Change.Kind.CREATED, Change.Kind.UPDATED, Change.Kind.DELETED),
                seen.stream().map(Change::kind).toList());
        assertEquals(List.of("4421584500000000017450439091", "4421584500000000017450439092",
                "4421584500000000017450439093"), seen.stream().map(Change::position).toList());
        assertEquals(Map.of("Id", "101"), seen.get(1).key());
        assertEquals("This item has changed", seen.get(1).newItem().orElseThrow().get("Message"));
        assertEquals("New item!", seen.get(1).oldItem().orElseThrow().get("Message"));
        assertTrue(seen.get(2).newItem().isEmpty());
    }
}
