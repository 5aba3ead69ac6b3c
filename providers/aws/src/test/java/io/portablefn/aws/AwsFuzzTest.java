package io.portablefn.aws;

import static io.portablefn.testkit.fuzz.FuzzJson.anyString;
import static io.portablefn.testkit.fuzz.FuzzJson.anyValue;
import static io.portablefn.testkit.fuzz.FuzzJson.array;
import static io.portablefn.testkit.fuzz.FuzzJson.field;
import static io.portablefn.testkit.fuzz.FuzzJson.object;
import static io.portablefn.testkit.fuzz.FuzzJson.oneOf;
import static io.portablefn.testkit.fuzz.FuzzJson.utf8;
import static io.portablefn.testkit.fuzz.FuzzJson.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import io.portablefn.testkit.fuzz.Fuzz;
import io.portablefn.testkit.fuzz.FuzzJson;
import io.portablefn.testkit.fuzz.FuzzJson.Gen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any input to the AWS adapters gives an answer or a clear failure, never an escaped exception or
 * a hang: the HTTP adapter always writes a response (the function's, or a 400/404/405 problem);
 * the event adapters answer or throw {@link EventInvocationException}, and never acknowledge an SQS
 * message they neither handed to the function nor reported as failed. Inputs: events shaped like
 * each front door's and event source's, with fields left out or of other JSON types, any JSON,
 * and random bytes ({@link Fuzz} for the tries and seed).
 */
class AwsFuzzTest {

    private static final FakeLambdaContext LAMBDA = new FakeLambdaContext("fuzz", "fuzz", Duration.ofSeconds(30),
            line -> { });

    @Test
    void theHttpAdapterAlwaysAnswers() {
        AwsHttpAdapter adapter = new AwsHttpAdapter(Events.answering("/{a}", HttpResponse.ok().text("fine")));
        Fuzz.forAll(AwsFuzzTest::httpInput, FuzzJson::show, event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            adapter.handle(new ByteArrayInputStream(event), out, LAMBDA);
            JsonNode answer = EventRuns.JSON.readTree(out.toByteArray());
            int status = answer.path("statusCode").asInt();
            assertTrue(Set.of(200, 400, 404, 405).contains(status), answer::toString);
            if (status != 200) {
                assertTrue(answer.path("body").asText().contains("\"type\":\"about:blank\""), answer::toString);
            }
            assertFalse(answer.toString().contains("Exception"), answer::toString);
        });
    }

    @Test
    void theQueueAdapterHandlesOrFailsEveryMessage() {
        Fuzz.forAll(AwsFuzzTest::sqsInput, FuzzJson::show, event -> {
            Set<String> handled = new HashSet<>();
            EventFunction queue = EventFunction.messages("fuzz", 30, EventFunction.Kind.QUEUE,
                    (message, context) -> handled.add(message.id()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new AwsEventAdapter(queue).handle(new ByteArrayInputStream(event), out, LAMBDA);
            } catch (EventInvocationException failedWhole) {
                return; // Lambda delivers the whole batch again
            }
            JsonNode answer = EventRuns.JSON.readTree(out.toByteArray());
            assertEquals(1, answer.size(), answer::toString);
            Set<String> accounted = new HashSet<>(handled);
            answer.path("batchItemFailures").forEach(item -> accounted.add(item.path("itemIdentifier").asText()));
            for (JsonNode record : EventRuns.JSON.readTree(event).path("Records")) {
                JsonNode id = record.path("messageId");
                if (id.isTextual() && !id.asText().isEmpty()) {
                    assertTrue(accounted.contains(id.asText()), () -> "message " + id + " acknowledged unhandled");
                }
            }
        });
    }

    @Test
    void theAsyncAdaptersAnswerOrFailClearly() {
        for (EventFunction.Kind kind : EventFunction.Kind.values()) {
            EventFunction function = switch (kind) {
                case STORAGE -> EventFunction.storage("fuzz", 30, EnumSet.allOf(StorageEvent.Kind.class), (e, c) -> { });
                case SCHEDULE -> EventFunction.schedule("fuzz", 30, (e, c) -> { });
                case STREAM -> EventFunction.streams("fuzz", 30, (r, c) -> { });
                case CHANGE -> EventFunction.changes("fuzz", 30, (e, c) -> { },
                        new io.portablefn.runtime.BodyType<java.util.Map<String, Object>>() { });
                default -> EventFunction.messages("fuzz", 30, kind, (m, c) -> { });
            };
            Fuzz.forAll(AwsFuzzTest::asyncInput, FuzzJson::show, event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    new AwsEventAdapter(function).handle(new ByteArrayInputStream(event), out, LAMBDA);
                } catch (EventInvocationException failed) {
                    assertFalse(failed.getMessage().isBlank());
                }
            });
        }
    }

    private static final Gen HEADERS = object(field("content-type", oneOf("\"application/json\"", "\"text/plain\"", "\"\"")),
            field("cookie", anyString()), field("x-amzn-trace-id", anyString()));
    private static final Gen HTTP = object(
            field("version", oneOf("\"1.0\"", "\"2.0\"", "\"3\"")),
            field("httpMethod", oneOf("\"GET\"", "\"POST\"", "\"DELETE\"", "\"BREW\"")),
            field("path", oneOf("\"/x\"", "\"/\"", "\"/%zz\"", "\"/a/b\"", "\"\"", "\"x\"", "\"/%E2%82\"")),
            field("rawPath", oneOf("\"/x\"", "\"/prod/x\"", "\"/%2F%25\"", "\"\"")),
            field("rawQueryString", anyString()),
            field("headers", HEADERS),
            field("multiValueHeaders", anyValue(2)),
            field("queryStringParameters", HEADERS),
            field("multiValueQueryStringParameters", anyValue(2)),
            field("cookies", array(3, anyString())),
            field("body", anyString()),
            field("isBase64Encoded", oneOf("true", "false", "\"true\"")),
            field("requestContext", object(
                    field("requestId", anyString()),
                    field("stage", oneOf("\"$default\"", "\"prod\"", "\"\"")),
                    field("elb", oneOf("{\"targetGroupArn\":\"arn\"}")),
                    field("http", object(field("method", oneOf("\"GET\"", "\"POST\"", "\"get\"", "\"\"")),
                            field("path", oneOf("\"/x\"", "\"/%zz\"")))),
                    field("domainName", anyString()))));

    private static final Gen SQS_RECORD = object(
            field("messageId", oneOf("\"m-1\"", "\"m-2\"", "\"m-3\"", "\"\"", "\"m-1\"")),
            field("body", anyString()),
            field("attributes", object(
                    field("ApproximateReceiveCount", oneOf("\"1\"", "\"0\"", "\"lots\"", "\"99999999999999999999\"")),
                    field("SentTimestamp", oneOf("\"1767225600000\"", "\"-1\"", "\"x\"")),
                    field("MessageGroupId", oneOf("\"g\"", "\"h\"")))),
            field("messageAttributes", anyValue(2)),
            field("eventSource", oneOf("\"aws:sqs\"")));

    private static final Gen SNS_RECORD = object(
            field("EventSource", oneOf("\"aws:sns\"")),
            field("Sns", object(field("MessageId", anyString()), field("Message", anyString()),
                    field("Timestamp", oneOf("\"2026-01-01T00:00:00Z\"", "\"yesterday\"")),
                    field("MessageAttributes", anyValue(2)))));

    private static final Gen DYNAMODB_RECORD = object(
            field("eventSource", oneOf("\"aws:dynamodb\"")),
            field("eventName", oneOf("\"INSERT\"", "\"MODIFY\"", "\"REMOVE\"", "\"TRUNCATE\"")),
            field("dynamodb", object(
                    field("Keys", oneOf("{\"id\":{\"S\":\"a\"}}", "{}", "{\"id\":{\"N\":\"x\"}}", "[]")),
                    field("NewImage", oneOf("{\"n\":{\"N\":\"1e400\"}}", "{\"s\":{\"S\":1}}", "{\"m\":{\"M\":{}}}")),
                    field("ApproximateCreationDateTime", oneOf("1767225600", "\"soon\"", "1.5")),
                    field("SequenceNumber", oneOf("\"1\"", "\"2\"", "\"\"", "7")))));

    private static final Gen S3_RECORD = object(
            field("eventSource", oneOf("\"aws:s3\"")),
            field("eventName", oneOf("\"ObjectCreated:Put\"", "\"ObjectRemoved:Delete\"", "\"Other\"")),
            field("eventTime", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")),
            field("s3", object(
                    field("bucket", object(field("name", anyString()))),
                    field("object", object(field("key", oneOf("\"a%2Bb+c\"", "\"%zz\"", "\"\"", "\"%E2%82\"")),
                            field("size", oneOf("1", "-1", "\"big\"", "1e400")),
                            field("eTag", anyString()), field("versionId", anyString()))))));

    private static final Gen KINESIS_RECORD = object(
            field("eventSource", oneOf("\"aws:kinesis\"")),
            field("kinesis", object(field("partitionKey", anyString()),
                    field("sequenceNumber", oneOf("\"1\"", "\"2\"", "\"\"", "7")),
                    field("data", oneOf("\"b2s=\"", "\"not base64!\"", "\"\"")),
                    field("approximateArrivalTimestamp", oneOf("1545084650.987", "\"x\"", "-1", "1e400")))));

    private static final Gen SCHEDULED = object(
            field("source", oneOf("\"aws.events\"", "\"aws.scheduler\"")),
            field("detail-type", oneOf("\"Scheduled Event\"")),
            field("id", anyString()),
            field("time", oneOf("\"2026-01-01T00:00:00Z\"", "\"never\"")));

    private static byte[] httpInput(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> FuzzJson.bytes(random, 40);
            case 1 -> utf8(value(random, 3));
            default -> utf8(HTTP.apply(random));
        };
    }

    private static byte[] sqsInput(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return FuzzJson.bytes(random, 40);
        }
        Gen element = r -> r.nextInt(7) == 0 ? value(r, 1) : SQS_RECORD.apply(r);
        return utf8("{\"Records\":" + array(5, element).apply(random) + "}");
    }

    private static byte[] asyncInput(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 5 -> utf8("{\"Records\":" + array(3, r -> r.nextInt(4) == 0 ? value(r, 1) : KINESIS_RECORD.apply(r))
                    .apply(random) + "}");
            case 0 -> utf8("{\"Records\":" + array(3, r -> r.nextInt(4) == 0 ? value(r, 1) : SNS_RECORD.apply(r))
                    .apply(random) + "}");
            case 1 -> utf8("{\"Records\":" + array(3, r -> r.nextInt(4) == 0 ? value(r, 1) : S3_RECORD.apply(r))
                    .apply(random) + "}");
            case 2 -> random.nextBoolean() ? utf8(SCHEDULED.apply(random)) : utf8("{\"Records\":"
                    + array(3, r -> r.nextInt(4) == 0 ? value(r, 1) : DYNAMODB_RECORD.apply(r)).apply(random) + "}");
            case 3 -> utf8(value(random, 3));
            default -> FuzzJson.bytes(random, 40);
        };
    }
}
