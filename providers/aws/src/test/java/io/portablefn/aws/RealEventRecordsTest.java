package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Runs every SQS, SNS, S3 and EventBridge sample of the shared provider-events folder (events from
 * AWS's and others' public test suites, not written here) through {@link AwsEventAdapter} and
 * checks what the handler received against what the file holds, written out by hand below. Every
 * sample is also sent to an HTTP function and to a function of another kind, which must name it.
 * A new sample without a row fails the test.
 */
class RealEventRecordsTest {

    /** One SQS or SNS message; {@code body} is the whole body, or its start when {@code length} is not -1. */
    record Msg(String id, String body, int length, Integer count, Instant published, String group,
            Map<String, String> attributes) {
    }

    private static final Map<String, List<Msg>> QUEUE = Map.of(
            "sqs-batch-2-records-powertools.json", List.of(
                    new Msg("059f36b4-87a3-44ab-83d2-661975830a7d", "Test message.", -1, 1, ms(1545082649183L), null,
                            Map.of("testAttr", "100")),
                    new Msg("2e1424d4-f796-459a-8184-9c92662be6da", "{\"message\": \"foo1\"}", -1, 1,
                            ms(1545082650636L), null, Map.of())),
            "sqs-dlq-redrive-powertools.json", List.of(new Msg("db37cc61-1bb0-4e77-b6f3-7cf87f44a72a", "hello world",
                    -1, 2, ms(1713185156609L), null, Map.of())),
            "sqs-empty-body-java-libs.json", List.of(new Msg("d9144555-9a4f-4ec3-99a0-fc4e625a8db2", "", -1, 1,
                    ms(1601975709495L), null, Map.of())),
            "sqs-fifo-sns-envelope-powertools.json", List.of(new Msg("69bc4bbd-ed69-4325-a434-85c3b428ceab",
                    "{\n  \"Type\" : \"Notification\",", 488, 1, ms(1665754525442L), "powertools-test", Map.of())),
            "sqs-json-body-java-libs.json", List.of(new Msg("d9144555-9a4f-4ec3-99a0-34ce359b4b54",
                    "{\n  \"id\": 1234,\n  \"name\": \"Product1234\",\n  \"price\": 450\n}", -1, 1,
                    ms(1601975706495L), null, Map.of())),
            "sqs-message-attributes-go.json", List.of(new Msg("MessageID_1", "Message Body", -1, 2, ms(1520621625029L),
                    null, Map.of("Attribute1", "AttributeValue1", "Attribute2", "123"))),
            "sqs-s3-notification-body-powertools.json", List.of(new Msg("ca3e7a89-c358-40e5-8aa0-5da01403c267",
                    "{\"Records\":[{\"eventVersion\":\"2.1\",", 746, 1, ms(1681332219270L), null, Map.of())));

    private static final Map<String, Msg> TOPIC = Map.of(
            "sns-json-message-java-libs.json", new Msg("dc918f50-80c6-56a2-ba33-d8a9bbf013ab",
                    "{\n  \"id\": 42,\n  \"name\": \"Bob\"\n}", -1, null, Instant.parse("2020-10-08T16:06:14.656Z"), null,
                    Map.of("name", "Bob")),
            "sns-message-attributes-go.json", new Msg("95df01b4-ee98-5cb9-9903-4c221d41eb5e", "Hello from SNS!", -1,
                    null, Instant.parse("2015-06-03T17:43:27.123Z"), null, Map.of("Test", "TestString")));

    record Storage(String id, StorageEvent.Kind kind, String bucket, String key, Long size, String etag,
            String version, Instant time) {
    }

    private static final Map<String, Storage> STORAGE = Map.of(
            "s3-delete-powertools.json", new Storage(
                    "lambda-artifacts-deafc19498e3f2df/b21b84d653bb07b05b1e6b33684dc11b@0C0F6F405D6ED209E1",
                    StorageEvent.Kind.DELETED, "lambda-artifacts-deafc19498e3f2df", "b21b84d653bb07b05b1e6b33684dc11b",
                    null, null, null, Instant.parse("2019-09-03T19:37:27.192Z")),
            "s3-put-powertools.json", new Storage(
                    "lambda-artifacts-deafc19498e3f2df/b21b84d653bb07b05b1e6b33684dc11b@0C0F6F405D6ED209E1",
                    StorageEvent.Kind.CREATED, "lambda-artifacts-deafc19498e3f2df", "b21b84d653bb07b05b1e6b33684dc11b",
                    1305107L, "b21b84d653bb07b05b1e6b33684dc11b", null, Instant.parse("2019-09-03T19:37:27.192Z")),
            "s3-put-url-encoded-key-go.json", new Storage("sourcebucket/Happy%20Face.jpg@Happy Sequencer",
                    StorageEvent.Kind.CREATED, "sourcebucket", "Happy Face.jpg", 1024L,
                    "d41d8cd98f00b204e9800998ecf8427e", "version", Instant.parse("1970-01-01T00:00:00.123Z")));

    private static final Map<String, ScheduleEvent> SCHEDULE = Map.of(
            "eventbridge-scheduled-aws-scheduler-string-detail-powertools.json", new ScheduleEvent(
                    "d167b752-343a-4b28-afd6-d4de056319e8", Instant.parse("2025-02-20T16:03:00Z"), false),
            "eventbridge-scheduled-java-libs.json", new ScheduleEvent("fae0433b-7a0e-e383-7849-7e10153eaa47",
                    Instant.parse("2020-09-30T15:58:34Z"), false),
            "eventbridge-scheduled-rust.json", new ScheduleEvent("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
                    Instant.parse("2015-10-08T16:53:06Z"), false));

    private static final List<String> PREFIXES = List.of("sqs-", "sns-", "s3-", "eventbridge-");

    private static Instant ms(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    @TestFactory
    Stream<DynamicTest> everySampleDecodesToWhatItHolds() throws IOException {
        Path folder = RealEventsTest.awsEvents();
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : samples(folder)) {
            String json = Files.readString(folder.resolve(file));
            tests.add(DynamicTest.dynamicTest(file, () -> {
                if (QUEUE.containsKey(file)) {
                    assertQueue(json, QUEUE.get(file));
                } else if (TOPIC.containsKey(file)) {
                    assertTopic(json, TOPIC.get(file));
                } else if (STORAGE.containsKey(file)) {
                    assertStorage(json, STORAGE.get(file));
                } else {
                    assertSchedule(json, SCHEDULE.get(file));
                }
                assertRefusedElsewhere(file, json);
            }));
        }
        return tests.stream();
    }

    @Test
    void everySampleHasARowAndEveryRowItsSample() throws IOException {
        Path folder = RealEventsTest.awsEvents();
        Set<String> rows = new TreeSet<>();
        Stream.of(QUEUE.keySet(), TOPIC.keySet(), STORAGE.keySet(), SCHEDULE.keySet()).forEach(rows::addAll);
        assertEquals(samples(folder), rows, "samples in " + folder + " and rows in " + getClass().getSimpleName()
                + " must match: add a row for each new sample, remove the row of a removed one");
    }

    private static void assertQueue(String json, List<Msg> expected) {
        List<Message> got = new ArrayList<>();
        EventFunction ok = EventFunction.messages("q", 30, EventFunction.Kind.QUEUE, (m, c) -> got.add(m));
        assertEquals(List.of(), EventRuns.run(ok, json).batchItemFailures());
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            assertMessage(expected.get(i), got.get(i));
        }
        EventFunction failing = EventFunction.messages("q", 30, EventFunction.Kind.QUEUE, (m, c) -> {
            throw new IllegalStateException("no");
        });
        assertEquals(expected.stream().map(Msg::id).toList(), EventRuns.run(failing, json).batchItemFailures());
    }

    private static void assertTopic(String json, Msg expected) {
        List<Message> got = new ArrayList<>();
        EventFunction ok = EventFunction.messages("t", 30, EventFunction.Kind.TOPIC, (m, c) -> got.add(m));
        EventRuns.Run run = EventRuns.run(ok, json);
        assertNull(run.error());
        assertEquals("{}", run.output());
        assertMessage(expected, got.get(0));
    }

    private static void assertMessage(Msg expected, Message message) {
        assertEquals(expected.id(), message.id(), "id");
        if (expected.length() < 0) {
            assertEquals(expected.body(), message.bodyAsString(), "body");
        } else {
            assertTrue(message.bodyAsString().startsWith(expected.body()), message.bodyAsString());
            assertEquals(expected.length(), message.body().length, "body length");
        }
        assertEquals(expected.count(), message.deliveryCount().isPresent() ? message.deliveryCount().getAsInt() : null);
        assertEquals(expected.published(), message.publishTime().orElse(null), "publish time");
        assertEquals(expected.group(), message.orderingKey().orElse(null), "ordering key");
        assertEquals(expected.attributes(), message.attributes(), "attributes");
    }

    private static void assertStorage(String json, Storage expected) {
        List<StorageEvent> got = new ArrayList<>();
        EventFunction ok = EventFunction.storage("s", 30, EnumSet.allOf(StorageEvent.Kind.class), (e, c) -> got.add(e));
        EventRuns.Run run = EventRuns.run(ok, json);
        assertNull(run.error());
        StorageEvent event = got.get(0);
        assertEquals(expected, new Storage(event.id(), event.kind(), event.bucket(), event.key(),
                event.size().isPresent() ? event.size().getAsLong() : null, event.etag().orElse(null),
                event.version().orElse(null), event.eventTime()));
        assertTrue(event.contentType().isEmpty());
    }

    private static void assertSchedule(String json, ScheduleEvent expected) {
        List<ScheduleEvent> got = new ArrayList<>();
        EventRuns.Run run = EventRuns.run(EventFunction.schedule("n", 30, (e, c) -> got.add(e)), json);
        assertNull(run.error());
        assertEquals(List.of(expected), got);
    }

    /** An HTTP function answers 400 naming the kind; a function of another kind fails naming it. */
    private static void assertRefusedElsewhere(String file, String json) {
        JsonNode answer = Events.run(new AwsHttpAdapter(Events.answering("/", HttpResponse.ok().text("ok"))), json, null);
        assertEquals(400, answer.get("statusCode").asInt());
        String kind = EventKind.describe(Events.parse(json));
        assertTrue(answer.get("body").asText().contains(kind), answer.toString());
        EventFunction other = file.startsWith("sqs-")
                ? EventFunction.schedule("n", 30, (e, c) -> { })
                : EventFunction.messages("q", 30, EventFunction.Kind.QUEUE, (m, c) -> { });
        assertEquals(other.wrongEvent(kind), EventRuns.run(other, json).error().getMessage());
    }

    private static Set<String> samples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> PREFIXES.stream().anyMatch(name::startsWith))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
