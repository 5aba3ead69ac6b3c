package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpException;
import io.portablefn.api.Message;
import io.portablefn.runtime.Bodies;
import java.time.Instant;
import java.util.Map;

/**
 * Decodes a Pub/Sub {@code PubsubMessage} in its JSON form, as Pub/Sub push, Eventarc's
 * {@code messagePublished} CloudEvent and legacy background events all carry it: {@code data}
 * base64, {@code attributes}, {@code messageId} (or {@code message_id}), {@code publishTime}
 * (or {@code publish_time}), {@code orderingKey}. docs/events.md maps each field; the trace
 * attributes a publisher's client library adds are the invocation's trace context
 * ({@link GcpTraceCarriers}), not message attributes.
 */
final class PubsubMessages {

    private PubsubMessages() {
    }

    /**
     * @param message the {@code PubsubMessage} object
     * @param fallbackId the envelope's id, used when the message has no id of its own (legacy
     *     events; Eventarc sets the CloudEvent id to the message id anyway)
     * @param fallbackTime the envelope's time, likewise; may be null
     * @param deliveryAttempt Pub/Sub's {@code deliveryAttempt}, present only when the
     *     subscription has a dead-letter topic; may be null
     */
    static Message decode(JsonNode message, String fallbackId, Instant fallbackTime, JsonNode deliveryAttempt)
            throws UndecodableEvent {
        String id = JsonFields.text(message, "messageId", "message_id");
        if (id == null || id.isEmpty()) {
            id = fallbackId;
        }
        String what = "Pub/Sub message " + id;
        Message.Builder builder = Message.builder().id(id).body(data(message, what));
        JsonNode attributes = message.get("attributes");
        if (attributes != null && attributes.isObject()) {
            for (Map.Entry<String, JsonNode> attribute : (Iterable<Map.Entry<String, JsonNode>>) attributes::fields) {
                // The trace context a publisher's client library adds is the invocation's, not data.
                if (!attribute.getKey().equals(GcpTraceCarriers.PUBSUB_TRACEPARENT)
                        && !attribute.getKey().equals(GcpTraceCarriers.PUBSUB_TRACESTATE)) {
                    builder.attribute(attribute.getKey(), attribute.getValue().asText());
                }
            }
        } else if (attributes != null && !attributes.isNull()) {
            throw new UndecodableEvent(what, "'attributes' is not an object of strings");
        }
        Instant published = JsonFields.time(message, what, "publishTime", "publish_time");
        builder.publishTime(published != null ? published : fallbackTime);
        builder.orderingKey(JsonFields.text(message, "orderingKey", "ordering_key"));
        if (deliveryAttempt != null && !deliveryAttempt.isNull()) {
            if (!deliveryAttempt.canConvertToInt() || deliveryAttempt.asInt() < 1) {
                throw new UndecodableEvent(what, "'deliveryAttempt' is not a positive number: " + deliveryAttempt);
            }
            builder.deliveryCount(deliveryAttempt.asInt());
        }
        return builder.build();
    }

    /** The text of the message's attribute {@code name}; null when absent or not text. */
    static String attribute(JsonNode message, String name) {
        JsonNode value = message.path("attributes").get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    // Pub/Sub's JSON carries the bytes in base64, always; a message with attributes only has none.
    private static byte[] data(JsonNode message, String what) throws UndecodableEvent {
        JsonNode data = message.get("data");
        if (data == null || data.isNull()) {
            return new byte[0];
        }
        if (!data.isTextual()) {
            throw new UndecodableEvent(what, "'data' is not a base64 string");
        }
        try {
            return Bodies.fromBase64(data.asText());
        } catch (HttpException notBase64) {
            throw new UndecodableEvent(what, "'data' is not valid base64");
        }
    }
}
