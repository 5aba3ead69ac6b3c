package io.portablefn.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helpers for {@link AwsEventAdapter}: events written here (never copied from the shared
 * samples), and a run that keeps what the adapter wrote, threw and logged.
 */
final class EventRuns {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUEST_ID = "8476a536-e9f4-5c88-a4b7-7f2bf0b5a4ec";

    private EventRuns() {
    }

    /** What one invocation did: the answer written (empty when it threw), the error, the log lines. */
    record Run(String output, RuntimeException error, List<String> log) {

        JsonNode answer() {
            try {
                return JSON.readTree(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The itemIdentifiers of an SQS answer, in order. */
        List<String> batchItemFailures() {
            if (error != null) {
                throw new AssertionError("the invocation failed: " + error.getMessage());
            }
            List<String> ids = new ArrayList<>();
            answer().path("batchItemFailures").forEach(item -> ids.add(item.path("itemIdentifier").asText()));
            return ids;
        }
    }

    static Run run(EventFunction function, String event) {
        List<String> log = new ArrayList<>();
        return run(function, event, new FakeLambdaContext(REQUEST_ID, function.name(), Duration.ofSeconds(30), log::add),
                log);
    }

    /** Runs with {@code lambda} as the Lambda context; its log lines are not kept. */
    static Run run(EventFunction function, String event, FakeLambdaContext lambda) {
        return run(function, event, lambda, new ArrayList<>());
    }

    private static Run run(EventFunction function, String event, FakeLambdaContext lambda, List<String> log) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AwsEventAdapter(function).handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    out, lambda);
            return new Run(out.toString(StandardCharsets.UTF_8), null, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException failed) {
            return new Run(out.toString(StandardCharsets.UTF_8), failed, log);
        }
    }

    /** An SQS record as Lambda sends it, with a group when {@code group} is not null. */
    static ObjectNode sqsRecord(String id, String body, String group) {
        ObjectNode record = JSON.createObjectNode()
                .put("messageId", id)
                .put("receiptHandle", "handle-" + id)
                .put("body", body);
        ObjectNode attributes = record.putObject("attributes")
                .put("ApproximateReceiveCount", "1")
                .put("SentTimestamp", "1767225600000")
                .put("SenderId", "AIDAEXAMPLE")
                .put("ApproximateFirstReceiveTimestamp", "1767225600010");
        if (group != null) {
            attributes.put("MessageGroupId", group).put("SequenceNumber", "1" + id.hashCode());
        }
        record.putObject("messageAttributes");
        record.put("md5OfBody", "0").put("eventSource", "aws:sqs")
                .put("eventSourceARN", "arn:aws:sqs:eu-west-1:123456789012:orders" + (group != null ? ".fifo" : ""))
                .put("awsRegion", "eu-west-1");
        return record;
    }

    static String records(List<ObjectNode> records) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(array::add);
        return event.toString();
    }

    static String sqs(String... idAndBodyPairs) {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < idAndBodyPairs.length; i += 2) {
            records.add(sqsRecord(idAndBodyPairs[i], idAndBodyPairs[i + 1], null));
        }
        return records(records);
    }

    /** One SNS record with String attributes. */
    static String sns(String id, String message, Map<String, String> attributes) {
        ObjectNode record = JSON.createObjectNode()
                .put("EventSource", "aws:sns").put("EventVersion", "1.0")
                .put("EventSubscriptionArn", "arn:aws:sns:eu-west-1:123456789012:audit:sub");
        ObjectNode sns = record.putObject("Sns").put("Type", "Notification").put("MessageId", id)
                .put("TopicArn", "arn:aws:sns:eu-west-1:123456789012:audit").put("Subject", "s")
                .put("Message", message).put("Timestamp", "2026-01-01T00:00:00.250Z");
        ObjectNode map = sns.putObject("MessageAttributes");
        attributes.forEach((name, value) -> map.putObject(name).put("Type", "String").put("Value", value));
        return records(List.of(record));
    }

    /** One S3 record; {@code size}, {@code etag} and {@code version} are left out when null. */
    static ObjectNode s3Record(String eventName, String bucket, String key, Long size, String etag, String version) {
        ObjectNode record = JSON.createObjectNode()
                .put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", "eu-west-1")
                .put("eventTime", "2026-01-01T10:00:00.123Z").put("eventName", eventName);
        record.putObject("responseElements").put("x-amz-request-id", "REQ1").put("x-amz-id-2", "ID2");
        ObjectNode s3 = record.putObject("s3").put("s3SchemaVersion", "1.0").put("configurationId", "c");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode object = s3.putObject("object").put("key", key);
        if (size != null) {
            object.put("size", size);
        }
        if (etag != null) {
            object.put("eTag", etag);
        }
        if (version != null) {
            object.put("versionId", version);
        }
        object.put("sequencer", "0055AED6DCD90281E5");
        return record;
    }

    /** A scheduled event from {@code source} ({@code aws.events} or {@code aws.scheduler}). */
    static String scheduled(String source, String id, String time) {
        ObjectNode event = JSON.createObjectNode().put("version", "0").put("id", id)
                .put("detail-type", "Scheduled Event").put("source", source).put("account", "123456789012")
                .put("time", time).put("region", "eu-west-1");
        event.putArray("resources").add("arn:aws:events:eu-west-1:123456789012:rule/nightly");
        event.putObject("detail");
        return event.toString();
    }
}
