package io.portablefn.aws;

import static io.portablefn.aws.UndecodableRecord.required;

import io.portablefn.api.Message;
import java.time.Instant;
import java.util.Map;

/**
 * Turns SQS and SNS records into {@link Message}s (docs/events.md has the table):
 * <ul>
 *   <li>SQS: id {@code messageId}; body {@code body} as UTF-8 (SQS bodies are text, nothing to
 *       undo); attributes from {@code messageAttributes} of data type String or Number (custom
 *       types such as {@code Number.int} included) by their {@code stringValue}, Binary ones
 *       skipped; delivery count {@code attributes.ApproximateReceiveCount}; publish time
 *       {@code attributes.SentTimestamp} (epoch milliseconds); ordering key
 *       {@code attributes.MessageGroupId} (FIFO queues).
 *   <li>SNS: id {@code Sns.MessageId}; body {@code Sns.Message} as UTF-8; attributes from
 *       {@code Sns.MessageAttributes} of type String, String.Array or Number by their
 *       {@code Value}, Binary ones skipped; publish time {@code Sns.Timestamp}; no delivery count
 *       and no ordering key (SNS says neither to Lambda).
 * </ul>
 */
final class MessageDecoder {

    private MessageDecoder() {
    }

    /** The SQS record's message id, or null; without one the record cannot be reported failed. */
    static String sqsId(Map<String, Object> record) {
        String id = JsonTree.text(record, "messageId");
        return id == null || id.isEmpty() ? null : id;
    }

    static Message sqs(Map<String, Object> record) throws UndecodableRecord {
        Message.Builder message = Message.builder()
                .id(required(record, "messageId"))
                .body(required(record, "body"));
        Map<String, Object> attributes = JsonTree.object(record.get("messageAttributes"));
        if (attributes != null) {
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                String type = JsonTree.text(attribute.getValue(), "dataType");
                if (textual(type)) {
                    message.attribute(attribute.getKey(),
                            attributeValue(attribute.getValue(), "stringValue", attribute.getKey(), "messageAttributes"));
                }
            }
        }
        Long count = UndecodableRecord.number(JsonTree.text(record, "attributes", "ApproximateReceiveCount"),
                "attributes.ApproximateReceiveCount", 1);
        if (count != null) {
            message.deliveryCount((int) Math.min(count, Integer.MAX_VALUE));
        }
        Long sent = UndecodableRecord.number(JsonTree.text(record, "attributes", "SentTimestamp"),
                "attributes.SentTimestamp", 0);
        if (sent != null) {
            message.publishTime(Instant.ofEpochMilli(sent));
        }
        return message.orderingKey(orderingKey(record)).build();
    }

    /**
     * What {@link io.portablefn.runtime.EventFunction#deliverAll} needs of an SQS record that
     * cannot be decoded: its id, which the batch is known to have, and its group, so that the
     * group's later messages wait for it.
     */
    static Message sqsStandIn(Map<String, Object> record) {
        return Message.builder().id(sqsId(record)).orderingKey(orderingKey(record)).build();
    }

    /** {@code attributes.MessageGroupId}, which only FIFO queues send. */
    private static String orderingKey(Map<String, Object> record) {
        return JsonTree.text(record, "attributes", "MessageGroupId");
    }

    /** The SNS record's message id, or null. */
    static String snsId(Map<String, Object> record) {
        String id = JsonTree.text(record, "Sns", "MessageId");
        return id == null || id.isEmpty() ? null : id;
    }

    static Message sns(Map<String, Object> record) throws UndecodableRecord {
        Object sns = record.get("Sns");
        Message.Builder message = Message.builder()
                .id(required(record, "Sns", "MessageId"))
                .body(required(record, "Sns", "Message"));
        Map<String, Object> attributes = JsonTree.object(JsonTree.at(sns, "MessageAttributes"));
        if (attributes != null) {
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                if (textual(JsonTree.text(attribute.getValue(), "Type"))) {
                    message.attribute(attribute.getKey(),
                            attributeValue(attribute.getValue(), "Value", attribute.getKey(), "Sns.MessageAttributes"));
                }
            }
        }
        return message.publishTime(UndecodableRecord.instant(JsonTree.text(sns, "Timestamp"), "Sns.Timestamp"))
                .build();
    }

    /** String and Number types (with any custom suffix) carry text; Binary ones carry base64 bytes. */
    private static boolean textual(String type) {
        return type != null && (type.startsWith("String") || type.startsWith("Number"));
    }

    /** An attribute's value field, named in the error as {@code <map>.<attribute>.<field>}. */
    private static String attributeValue(Object attribute, String field, String name, String map)
            throws UndecodableRecord {
        String value = JsonTree.text(attribute, field);
        if (value == null) {
            throw new UndecodableRecord(map + "." + name + " has no " + field);
        }
        return value;
    }
}
