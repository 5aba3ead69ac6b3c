package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.TraceContext;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events Lambda hands a function, built from neutral ones as AWS builds them, field for
 * field (the AWS Lambda developer guide's sample events for SQS, SNS, S3 and EventBridge
 * Scheduler, checked against the real samples in ../shared/provider-events):
 * <ul>
 *   <li>{@link #sqs}: {@code {"Records":[...]}} of SQS records: {@code messageId}, a receipt
 *       handle, {@code body} (SQS carries text: the bytes as UTF-8), {@code attributes}
 *       ({@code ApproximateReceiveCount}, {@code SentTimestamp} and
 *       {@code ApproximateFirstReceiveTimestamp} in epoch milliseconds, {@code SenderId}, and for
 *       an ordering key {@code MessageGroupId}, {@code SequenceNumber} and
 *       {@code MessageDeduplicationId} of a FIFO queue, {@code AWSTraceHeader} for a traced
 *       message), {@code messageAttributes} (each
 *       {@code {"stringValue","stringListValues":[],"binaryListValues":[],"dataType":"String"}}),
 *       {@code md5OfBody}, {@code md5OfMessageAttributes} (SQS's documented digest), event
 *       source {@code aws:sqs}, the queue's ARN ({@code .fifo} for a FIFO queue) and region;
 *   <li>{@link #sns}: one SNS record: {@code EventSource aws:sns}, {@code EventVersion},
 *       {@code EventSubscriptionArn}, and {@code Sns} with {@code Type Notification},
 *       {@code MessageId}, {@code TopicArn}, {@code Subject} null, {@code Message} (text),
 *       {@code Timestamp} (ISO-8601 with milliseconds), signature fields and
 *       {@code MessageAttributes} ({@code {"Type":"String","Value"}}); SNS tells Lambda no
 *       delivery count and no ordering key;
 *   <li>{@link #s3}: one S3 notification record, event version 2.1: {@code eventName}
 *       {@code ObjectCreated:Put} or {@code ObjectRemoved:Delete}, {@code eventTime},
 *       {@code responseElements}, and {@code s3.object} with the key URL-encoded as S3 encodes it
 *       (form encoding, {@code +} for a space, {@code /} kept), {@code size} and {@code eTag}
 *       for a creation only, {@code versionId} when there is one, and {@code sequencer} (opaque;
 *       here the wire id, so the decoded id {@code <bucket>/<key>@<sequencer>} names it); S3 sends
 *       no content type;
 *   <li>{@link #scheduled}: EventBridge Scheduler's default payload (the SAM template's
 *       {@code ScheduleV2} target gives no input): {@code version "0"}, {@code id},
 *       {@code detail-type "Scheduled Event"}, {@code source aws.scheduler}, {@code time} (the
 *       scheduled time, whole seconds), {@code resources} (the schedule's ARN) and {@code detail}
 *       the string {@code "{}"}; AWS says nothing of a late run.
 * </ul>
 */
final class NativeEvents {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REGION = "us-east-1";
    static final String ACCOUNT = "123456789012";
    /** Where messages come from when the wire message does not say. */
    static final Instant DEFAULT_PUBLISH_TIME = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private NativeEvents() {
    }

    /**
     * The X-Ray header SQS keeps as a message's {@code AWSTraceHeader} system attribute when the
     * producer sent in a trace (its SDK's instrumentation sets it): {@code Root=1-<first 8 hex of
     * the trace id>-<other 24>;Parent=<span id>;Sampled=<0|1>}. X-Ray has no tracestate.
     */
    static String xRay(String traceparent) {
        TraceContext trace = TraceContext.parse(traceparent, null).orElseThrow(
                () -> new IllegalArgumentException("not a valid traceparent: " + traceparent));
        return "Root=1-" + trace.traceId().substring(0, 8) + "-" + trace.traceId().substring(8) + ";Parent="
                + trace.parentId() + ";Sampled=" + (trace.sampled() ? 1 : 0);
    }

    static ObjectNode sqs(List<WireMessage> batch, String queue) {
        boolean fifo = batch.stream().anyMatch(m -> m.orderingKey() != null);
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (WireMessage message : batch) {
            long sent = publishTime(message).toEpochMilli();
            String body = new String(message.body(), StandardCharsets.UTF_8);
            ObjectNode record = records.addObject().put("messageId", message.id())
                    .put("receiptHandle", "AQEB" + HexFormat.of().formatHex(message.id().getBytes(StandardCharsets.UTF_8)))
                    .put("body", body);
            ObjectNode attributes = record.putObject("attributes")
                    .put("ApproximateReceiveCount", String.valueOf(message.deliveryCount() == null ? 1 : message.deliveryCount()))
                    .put("SentTimestamp", String.valueOf(sent))
                    .put("SenderId", "AIDAIENQZJOLO23YVJ4VO")
                    .put("ApproximateFirstReceiveTimestamp", String.valueOf(sent + 5));
            if (message.traceparent() != null) {
                attributes.put("AWSTraceHeader", xRay(message.traceparent()));
            }
            if (message.orderingKey() != null) {
                attributes.put("SequenceNumber", "1" + String.format("%019d", records.size()))
                        .put("MessageGroupId", message.orderingKey())
                        .put("MessageDeduplicationId", md5(body.getBytes(StandardCharsets.UTF_8)));
            }
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            new TreeMap<>(message.attributes()).forEach((name, value) -> {
                ObjectNode attribute = messageAttributes.putObject(name).put("stringValue", value);
                attribute.putArray("stringListValues");
                attribute.putArray("binaryListValues");
                attribute.put("dataType", "String");
            });
            record.put("md5OfBody", md5(body.getBytes(StandardCharsets.UTF_8)));
            if (!message.attributes().isEmpty()) {
                record.put("md5OfMessageAttributes", attributesMd5(message.attributes()));
            }
            record.put("eventSource", "aws:sqs")
                    .put("eventSourceARN", "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":" + queue + (fifo ? ".fifo" : ""))
                    .put("awsRegion", REGION);
        }
        return event;
    }

    static ObjectNode sns(WireMessage message, String topic) {
        String topicArn = "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":" + topic;
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject()
                .put("EventSource", "aws:sns").put("EventVersion", "1.0")
                .put("EventSubscriptionArn", topicArn + ":2bcfbf39-05c3-41de-beaa-fcfcc21c8f55");
        ObjectNode sns = record.putObject("Sns").put("Type", "Notification").put("MessageId", message.id())
                .put("TopicArn", topicArn).putNull("Subject")
                .put("Message", new String(message.body(), StandardCharsets.UTF_8))
                .put("Timestamp", millis(publishTime(message)))
                .put("SignatureVersion", "1").put("Signature", "EXAMPLE")
                .put("SigningCertUrl", "https://sns." + REGION + ".amazonaws.com/SimpleNotificationService-0000.pem")
                .put("UnsubscribeUrl", "https://sns." + REGION + ".amazonaws.com/?Action=Unsubscribe");
        ObjectNode attributes = sns.putObject("MessageAttributes");
        new TreeMap<>(message.attributes()).forEach((name, value) ->
                attributes.putObject(name).put("Type", "String").put("Value", value));
        return event;
    }

    static ObjectNode s3(WireEvent.StorageChange change) {
        boolean created = change.kind() == StorageEvent.Kind.CREATED;
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject()
                .put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", REGION)
                .put("eventTime", millis(change.time()))
                .put("eventName", created ? "ObjectCreated:Put" : "ObjectRemoved:Delete");
        record.putObject("userIdentity").put("principalId", "AWS:AIDAINPONIXQXHT3IKHL2");
        record.putObject("requestParameters").put("sourceIPAddress", "203.0.113.10");
        record.putObject("responseElements").put("x-amz-request-id", "C3D13FE58DE4C810")
                .put("x-amz-id-2", "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD");
        ObjectNode s3 = record.putObject("s3").put("s3SchemaVersion", "1.0").put("configurationId", "portablefn");
        ObjectNode bucket = s3.putObject("bucket").put("name", change.bucket());
        bucket.putObject("ownerIdentity").put("principalId", "A3I5XTEXAMAI3E");
        bucket.put("arn", "arn:aws:s3:::" + change.bucket());
        ObjectNode object = s3.putObject("object").put("key", s3Key(change.key()));
        if (created && change.size() != null) {
            object.put("size", change.size());
        }
        if (created && change.etag() != null) {
            object.put("eTag", change.etag());
        }
        if (change.version() != null) {
            object.put("versionId", change.version());
        }
        object.put("sequencer", change.id());
        return event;
    }

    static ObjectNode scheduled(WireEvent.Firing firing, String schedule) {
        ObjectNode event = JSON.createObjectNode().put("version", "0").put("id", firing.id())
                .put("detail-type", "Scheduled Event").put("source", "aws.scheduler").put("account", ACCOUNT)
                .put("time", firing.scheduledTime().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("region", REGION);
        event.putArray("resources").add("arn:aws:scheduler:" + REGION + ":" + ACCOUNT + ":schedule/default/" + schedule);
        return event.put("detail", "{}");
    }

    /** A key as S3 notifications carry it: form-encoded ({@code +} for a space), slashes kept. */
    static String s3Key(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static Instant publishTime(WireMessage message) {
        return message.publishTime() != null ? message.publishTime() : DEFAULT_PUBLISH_TIME;
    }

    /** ISO-8601 with exactly three decimals, as SNS and S3 write times. */
    private static String millis(Instant time) {
        return MILLIS.format(time);
    }

    /**
     * SQS's digest of message attributes: for each attribute by name, its name, data type and
     * value, each as a 4-byte big-endian length and UTF-8 bytes, with transport type 1 (a string)
     * between data type and value; then MD5 over all of it.
     */
    private static String attributesMd5(Map<String, String> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TreeMap<>(attributes).forEach((name, value) -> {
            lengthPrefixed(bytes, name);
            lengthPrefixed(bytes, "String");
            bytes.write(1);
            lengthPrefixed(bytes, value);
        });
        return md5(bytes.toByteArray());
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        out.writeBytes(utf8);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
