package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every DynamoDB Streams and Kinesis sample of the shared provider-events folder (events
 * from AWS's and others' public test suites, not written here) through {@link EventReader} and
 * the record decoders, and checks each record against what the file holds, written out by hand
 * below. A new sample without a row fails the test.
 */
class RealStreamRecordsTest {

    /** A change as expected; images as the exact plain JSON text, or null. */
    record Change(String eventId, DynamoStreamRecord.Kind kind, Map<String, String> keys, String newImage,
            String oldImage, Instant createdAt, String sequenceNumber, String table) {
    }

    /** A stream record as expected; data as UTF-8 text. */
    record Kinesis(String eventId, String partitionKey, String sequenceNumber, Instant arrivedAt, String data,
            String stream) {
    }

    private static final String ITEM = "{\"Message\":\"New item!\",\"Id\":101}";
    private static final String CHANGED = "{\"Message\":\"This item has changed\",\"Id\":101}";
    private static final Map<String, String> ID_101 = Map.of("Id", "101");
    private static final Map<String, String> VAL_KEY = Map.of("val", "data", "key", "binary");

    private static final Map<String, List<Change>> CHANGES = Map.of(
            "dynamodb-all-attribute-types-go.json", List.of(
                    new Change("f07f8ca4b0b26cb9c4e5e77e69f274ee", DynamoStreamRecord.Kind.INSERT, VAL_KEY,
                            "{\"val\":\"data\",\"asdf1\":\"AAEqQQ==\",\"asdf2\":[\"AAEqQQ==\",\"QSoBAA==\"],"
                                    + "\"key\":\"binary\"}",
                            null, Instant.ofEpochSecond(1480642020L), "1405400000000002063282832", "Example-Table"),
                    new Change("f07f8ca4b0b26cb9c4e5e77e42f274ee", DynamoStreamRecord.Kind.INSERT, VAL_KEY,
                            "{\"val\":\"data\",\"asdf1\":\"AAEqQQ==\",\"b2\":\"test\",\"asdf2\":[\"AAEqQQ==\","
                                    + "\"QSoBAA==\",\"AAEqQQ==\"],\"key\":\"binary\",\"Binary\":\"AAEqQQ==\","
                                    + "\"Boolean\":true,\"BinarySet\":[\"AAEqQQ==\",\"AAEqQQ==\"],"
                                    + "\"List\":[\"Cookies\",\"Coffee\",3.14159],\"Map\":{\"Name\":\"Joe\",\"Age\":35},"
                                    + "\"FloatNumber\":123.45,\"IntegerNumber\":123,\"NumberSet\":[1234,567.8],"
                                    + "\"Null\":null,\"String\":\"Hello\",\"StringSet\":[\"Giraffe\",\"Zebra\"],"
                                    + "\"EmptyStringSet\":[]}",
                            null, Instant.ofEpochSecond(1480642020L), "1405400000000002063282832", "Example-Table")),
            "dynamodb-float-creation-time-powertools.json", List.of(
                    new Change("1", DynamoStreamRecord.Kind.INSERT, ID_101, ITEM, null,
                            Instant.ofEpochSecond(1693997155L), "111", null),
                    new Change("2", DynamoStreamRecord.Kind.MODIFY, ID_101, CHANGED, ITEM, null, "222", null)),
            "dynamodb-insert-modify-remove-java-libs.json", List.of(
                    new Change("c4ca4238a0b923820dcc509a6f75849b", DynamoStreamRecord.Kind.INSERT, ID_101, ITEM, null,
                            Instant.ofEpochSecond(1428537600L), "4421584500000000017450439091",
                            "ExampleTableWithStream"),
                    new Change("c81e728d9d4c2f636f067f89cc14862c", DynamoStreamRecord.Kind.MODIFY, ID_101, CHANGED,
                            ITEM, Instant.ofEpochSecond(1635734407L, 123456789), "4421584500000000017450439092",
                            "ExampleTableWithStream"),
                    new Change("eccbc87e4b5ce2fe28308fd9f2a7baf3", DynamoStreamRecord.Kind.REMOVE, ID_101, null,
                            CHANGED, Instant.ofEpochSecond(1428537600L), "4421584500000000017450439093",
                            "ExampleTableWithStream")));

    private static final Map<String, List<Kinesis>> STREAMS = Map.of(
            "kinesis-2-records-go.json", List.of(
                    new Kinesis("shardId-000000000000:49568167373333333333333333333333333333333333333333333333", "s1",
                            "49568167373333333333333333333333333333333333333333333333",
                            Instant.ofEpochMilli(1480641523477L), "Hello World", "simple-stream"),
                    new Kinesis("shardId-000000000000:49568167373333333334444444444444444444444444444444444444", "s1",
                            "49568167373333333334444444444444444444444444444444444444",
                            Instant.ofEpochMilli(1480841523477L), "Hello World", "simple-stream")),
            "kinesis-2-records-powertools.json", List.of(
                    new Kinesis("shardId-000000000006:49590338271490256608559692538361571095921575989136588898", "1",
                            "49590338271490256608559692538361571095921575989136588898",
                            Instant.ofEpochMilli(1545084650987L), "Hello, this is a test.", "lambda-stream"),
                    new Kinesis("shardId-000000000006:49590338271490256608559692540925702759324208523137515618", "1",
                            "49590338271490256608559692540925702759324208523137515618",
                            Instant.ofEpochMilli(1545084711166L), "This is only a test.", "lambda-stream")),
            "kinesis-java-libs.json", List.of(
                    new Kinesis("shardId-000000000000:49545115243490985018280067714973144582180062593244200961",
                            "partitionKey-03", "49545115243490985018280067714973144582180062593244200961",
                            Instant.ofEpochSecond(1428537600L), "Hello, this is a test 123.", null)));

    @TestFactory
    Stream<DynamicTest> everySampleDecodesAsWrittenOut() {
        Path folder = RealEventsTest.awsEvents();
        List<DynamicTest> tests = new ArrayList<>();
        CHANGES.forEach((file, expected) -> tests.add(DynamicTest.dynamicTest(file, () -> {
            List<Map<String, Object>> records = records(folder.resolve(file), DynamoStreamRecord.EVENT_SOURCE);
            List<Change> got = new ArrayList<>();
            for (Map<String, Object> record : records) {
                DynamoStreamRecord change = DynamoStreamRecord.decode(record);
                got.add(new Change(change.eventId(), change.kind(), change.keys(), text(change.newImage()),
                        text(change.oldImage()), change.createdAt(), change.sequenceNumber(), change.table()));
            }
            assertEquals(expected, got);
        })));
        STREAMS.forEach((file, expected) -> tests.add(DynamicTest.dynamicTest(file, () -> {
            List<Map<String, Object>> records = records(folder.resolve(file), KinesisRecord.EVENT_SOURCE);
            List<Kinesis> got = new ArrayList<>();
            for (Map<String, Object> record : records) {
                KinesisRecord decoded = KinesisRecord.decode(record);
                got.add(new Kinesis(decoded.eventId(), decoded.partitionKey(), decoded.sequenceNumber(),
                        decoded.arrivedAt(), text(decoded.data()), decoded.stream()));
            }
            assertEquals(expected, got);
        })));
        return tests.stream();
    }

    @Test
    void everySampleHasARowAndEveryRowItsSample() throws IOException {
        Path folder = RealEventsTest.awsEvents();
        Set<String> rows = new TreeSet<>(CHANGES.keySet());
        rows.addAll(STREAMS.keySet());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> samples = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("dynamodb-") || name.startsWith("kinesis-"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(samples, rows, "samples in " + folder + " and rows in " + getClass().getSimpleName()
                    + " must match: add a row for each new sample, remove the row of a removed one");
        }
    }

    /** The records of the file, read as the adapters read them, all from {@code source}. */
    private static List<Map<String, Object>> records(Path file, String source) throws IOException {
        AwsEvent event = Events.parse(Files.readString(file));
        assertTrue(event instanceof RecordsEvent, () -> file + " is " + EventKind.describe(event));
        RecordsEvent records = (RecordsEvent) event;
        assertEquals(source, records.source());
        assertEquals(List.of(), records.strayRecords());
        return records.records();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
