package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoStreamRecord} and {@link KinesisRecord} on hand-made records: every part, the
 * times exact, and each missing or malformed part named in the error.
 */
class StreamRecordsTest {

    private static final String TABLE_ARN =
            "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000";

    private static Map<String, Object> dynamo(String eventName, String dynamodb) {
        return DynamoJsonTest.tree("{\"eventID\":\"e-1\",\"eventName\":\"" + eventName + "\",\"eventSource\":"
                + "\"aws:dynamodb\",\"eventSourceARN\":\"" + TABLE_ARN + "\",\"dynamodb\":" + dynamodb + "}");
    }

    private static Map<String, Object> kinesis(String kinesis) {
        return DynamoJsonTest.tree("{\"eventID\":\"shardId-000000000001:49\",\"eventSource\":\"aws:kinesis\","
                + "\"eventSourceARN\":\"arn:aws:kinesis:eu-west-1:123456789012:stream/clicks\",\"kinesis\":" + kinesis
                + "}");
    }

    @Test
    void aModificationHasBothImagesItsKeysAndItsPosition() throws UndecodableRecord {
        DynamoStreamRecord change = DynamoStreamRecord.decode(dynamo("MODIFY", """
                {"ApproximateCreationDateTime":1.635734407123456789E9,"Keys":{"id":{"N":"101"}},
                 "NewImage":{"id":{"N":"101"},"total":{"N":"19.990"}},"OldImage":{"id":{"N":"101"},"total":{"N":"5"}},
                 "SequenceNumber":"4421584500000000017450439092","StreamViewType":"NEW_AND_OLD_IMAGES"}"""));

        assertEquals("e-1", change.eventId());
        assertEquals(DynamoStreamRecord.Kind.MODIFY, change.kind());
        assertEquals(Map.of("id", "101"), change.keys());
        assertEquals("{\"id\":101,\"total\":19.990}", new String(change.newImage(), StandardCharsets.UTF_8));
        assertEquals("{\"id\":101,\"total\":5}", new String(change.oldImage(), StandardCharsets.UTF_8));
        assertEquals(Instant.ofEpochSecond(1635734407L, 123456789), change.createdAt());
        assertEquals("4421584500000000017450439092", change.sequenceNumber());
        assertEquals("Orders", change.table());
    }

    @Test
    void aRemovalWithKeysOnlyHasNoImagesAndATimeIsOptional() throws UndecodableRecord {
        DynamoStreamRecord change = DynamoStreamRecord.decode(dynamo("REMOVE",
                "{\"Keys\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"2\"}},\"SequenceNumber\":\"7\"}"));
        assertEquals(DynamoStreamRecord.Kind.REMOVE, change.kind());
        assertNull(change.newImage());
        assertNull(change.oldImage());
        assertNull(change.createdAt());
        assertEquals(java.util.List.of("pk", "sk"), java.util.List.copyOf(change.keys().keySet()), "key order kept");
    }

    @Test
    void aBrokenChangeRecordIsNamed() {
        assertEquals("its eventName 'UPSERT' is none of INSERT, MODIFY, REMOVE",
                dynamoProblem("UPSERT", "{\"Keys\":{},\"SequenceNumber\":\"1\"}"));
        assertEquals("it has no dynamodb.Keys object", dynamoProblem("INSERT", "{\"SequenceNumber\":\"1\"}"));
        assertEquals("it has no dynamodb.SequenceNumber", dynamoProblem("INSERT", "{\"Keys\":{}}"));
        assertEquals("its dynamodb.NewImage is not an object of attributes",
                dynamoProblem("INSERT", "{\"Keys\":{},\"SequenceNumber\":\"1\",\"NewImage\":[]}"));
        assertEquals("dynamodb.OldImage.n: N is not a number",
                dynamoProblem("MODIFY", "{\"Keys\":{},\"SequenceNumber\":\"1\",\"OldImage\":{\"n\":{\"N\":\"x\"}}}"));
        assertEquals("dynamodb.ApproximateCreationDateTime is not a number of epoch seconds", dynamoProblem("INSERT",
                "{\"Keys\":{},\"SequenceNumber\":\"1\",\"ApproximateCreationDateTime\":\"yesterday\"}"));
        assertEquals("it has no dynamodb object", assertThrows(UndecodableRecord.class,
                () -> DynamoStreamRecord.decode(DynamoJsonTest.tree("{\"eventName\":\"INSERT\"}"))).getMessage());
    }

    private static String dynamoProblem(String eventName, String dynamodb) {
        return assertThrows(UndecodableRecord.class, () -> DynamoStreamRecord.decode(dynamo(eventName, dynamodb)))
                .getMessage();
    }

    @Test
    void aStreamRecordHasItsKeyPositionTimeAndBytes() throws UndecodableRecord {
        KinesisRecord record = KinesisRecord.decode(kinesis("""
                {"partitionKey":"user-7","sequenceNumber":"49568167373333333333333333333333333333333333333333333333",
                 "data":"AP8Q","approximateArrivalTimestamp":1480641523.477}"""));

        assertEquals("shardId-000000000001:49", record.eventId());
        assertEquals("user-7", record.partitionKey());
        assertEquals("49568167373333333333333333333333333333333333333333333333", record.sequenceNumber());
        assertEquals(Instant.ofEpochMilli(1480641523477L), record.arrivedAt(), "exact to the millisecond");
        assertArrayEquals(new byte[] {0, -1, 16}, record.data());
        assertEquals("clicks", record.stream());
    }

    @Test
    void aBrokenStreamRecordIsNamed() {
        assertEquals("it has no kinesis.partitionKey",
                kinesisProblem("{\"sequenceNumber\":\"1\",\"data\":\"\",\"approximateArrivalTimestamp\":1}"));
        assertEquals("it has no kinesis.sequenceNumber",
                kinesisProblem("{\"partitionKey\":\"k\",\"data\":\"\",\"approximateArrivalTimestamp\":1}"));
        assertEquals("it has no kinesis.data",
                kinesisProblem("{\"partitionKey\":\"k\",\"sequenceNumber\":\"1\",\"approximateArrivalTimestamp\":1}"));
        assertEquals("it has no kinesis.approximateArrivalTimestamp",
                kinesisProblem("{\"partitionKey\":\"k\",\"sequenceNumber\":\"1\",\"data\":\"\"}"));
        assertEquals("kinesis.approximateArrivalTimestamp is not a number of epoch seconds", kinesisProblem(
                "{\"partitionKey\":\"k\",\"sequenceNumber\":\"1\",\"data\":\"\",\"approximateArrivalTimestamp\":\"now\"}"));
        String data = kinesisProblem(
                "{\"partitionKey\":\"k\",\"sequenceNumber\":\"1\",\"data\":\"no!\",\"approximateArrivalTimestamp\":1}");
        assertEquals(true, data.startsWith("kinesis.data is not base64 text"), data);
        assertEquals("kinesis.approximateArrivalTimestamp 1000000000000000000000000000000 is not a time in epoch"
                + " seconds that Java can hold", kinesisProblem("{\"partitionKey\":\"k\",\"sequenceNumber\":\"1\","
                + "\"data\":\"\",\"approximateArrivalTimestamp\":1e30}"));
    }

    private static String kinesisProblem(String kinesis) {
        return assertThrows(UndecodableRecord.class, () -> KinesisRecord.decode(kinesis(kinesis))).getMessage();
    }

    @Test
    void epochSecondsKeepEveryDigitUpToTheNanosecond() throws UndecodableRecord {
        assertEquals(Instant.ofEpochSecond(1693997155L), seconds("1693997155.0"));
        assertEquals(Instant.ofEpochSecond(1428537600L), seconds("1428537600"));
        assertEquals(Instant.ofEpochSecond(1545084650L, 987_000_000), seconds("1545084650.987"));
        assertEquals(Instant.ofEpochSecond(1L, 1), seconds("1.0000000005"), "half up past the nanosecond");
        assertEquals(Instant.ofEpochSecond(2L), seconds("1.9999999999"), "rounding carries into the second");
        assertEquals(Instant.ofEpochSecond(-2L, 500_000_000), seconds("-1.5"));
    }

    private static Instant seconds(String number) throws UndecodableRecord {
        return UndecodableRecord.epochSeconds(new java.math.BigDecimal(number), "t");
    }

    @Test
    void arnsNameTheirTableOrStreamOrNothing() {
        assertEquals("Orders", Arns.resourceName(TABLE_ARN, "dynamodb", "table"));
        assertEquals("clicks", Arns.resourceName("arn:aws:kinesis:eu-west-1:1:stream/clicks", "kinesis", "stream"));
        assertEquals("Orders", Arns.resourceName("arn:aws-cn:dynamodb:cn-north-1:1:table/Orders/stream/x", "dynamodb",
                "table"), "other partitions");
        assertNull(Arns.resourceName("eventsource_arn", "dynamodb", "table"));
        assertNull(Arns.resourceName("arn:aws:kinesis:EXAMPLE", "kinesis", "stream"));
        assertNull(Arns.resourceName("arn:aws:sqs:eu-west-1:1:stream/x", "kinesis", "stream"), "another service");
        assertNull(Arns.resourceName("arn:aws:dynamodb:eu-west-1:1:table/", "dynamodb", "table"));
        assertNull(Arns.resourceName(null, "dynamodb", "table"));
    }
}
