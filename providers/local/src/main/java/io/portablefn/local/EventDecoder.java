package io.portablefn.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpException;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.Bodies;
import io.portablefn.runtime.EventFunction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the neutral JSON a developer posts to {@code /_portablefn/events/{function}} into the
 * event the function takes. Strict on purpose: an unknown field is refused with the list of
 * allowed ones, so a typo ({@code "bdy"}) is caught here instead of reaching the handler as an
 * empty message. Every refusal is an {@link HttpException} 400 naming the field.
 */
final class EventDecoder {

    static final List<String> MESSAGE_FIELDS = List.of("id", "body", "bodyBase64", "attributes", "orderingKey",
            "deliveryCount", "publishTime");
    static final List<String> STORAGE_FIELDS = List.of("id", "kind", "bucket", "key", "size", "etag", "contentType",
            "eventTime", "version");
    static final List<String> SCHEDULE_FIELDS = List.of("id", "scheduledTime", "pastDue");

    private EventDecoder() {
    }

    /** One message ({@code {"body":...}}) or a batch ({@code {"messages":[...]}}), in order. */
    static List<Message> messages(EventFunction function, JsonNode root, Instant now) {
        refuseOtherKinds(function, root, List.of("kind", "bucket", "key"), "a storage event (fields kind, bucket, key)");
        refuseOtherKinds(function, root, List.of("scheduledTime", "pastDue"), "a schedule firing");
        if (!root.has("messages")) {
            return List.of(message(root, "", now));
        }
        allowOnly(root, "", List.of("messages"), "a batch is {\"messages\":[...]} and nothing else");
        JsonNode batch = root.get("messages");
        if (!batch.isArray() || batch.isEmpty()) {
            throw bad("Field 'messages' must be a non-empty array of messages, not " + describe(batch) + ".");
        }
        List<Message> messages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String at = "messages[" + i + "].";
            Message message = message(batch.get(i), at, now);
            if (!ids.add(message.id())) {
                // The outcome names messages by id; two with one id could not be told apart.
                throw bad("Field '" + at + "id' repeats the id '" + message.id() + "'; ids in a batch must be distinct.");
            }
            messages.add(message);
        }
        return messages;
    }

    private static Message message(JsonNode node, String at, Instant now) {
        requireObject(node, at.isEmpty() ? "The event" : "'" + at.substring(0, at.length() - 1) + "'");
        allowOnly(node, at, MESSAGE_FIELDS, null);
        Message.Builder message = Message.builder()
                .id(optionalText(node, at, "id", UUID.randomUUID().toString()))
                .publishTime(optionalTime(node, at, "publishTime", now))
                .deliveryCount(optionalCount(node, at, "deliveryCount"))
                .orderingKey(optionalText(node, at, "orderingKey", null));
        message.body(body(node, at));
        JsonNode attributes = node.get("attributes");
        if (attributes != null && !attributes.isNull()) {
            requireObject(attributes, "'" + at + "attributes'");
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> attribute = it.next();
                JsonNode value = attribute.getValue();
                if (!value.isValueNode() || value.isNull()) {
                    throw bad("Field '" + at + "attributes." + attribute.getKey() + "' must be a string, number or"
                            + " boolean (attributes are text on every cloud), not " + describe(value) + ".");
                }
                message.attribute(attribute.getKey(), value.asText());
            }
        }
        return message.build();
    }

    /** The bytes of {@code body} (text, or any JSON value as its JSON) or {@code bodyBase64}; empty when neither. */
    static byte[] body(JsonNode node, String at) {
        JsonNode body = node.get("body");
        JsonNode base64 = node.get("bodyBase64");
        if (body != null && base64 != null) {
            throw bad("Fields '" + at + "body' and '" + at + "bodyBase64' are both set; send one of them.");
        }
        if (base64 != null) {
            String text = text(base64, at + "bodyBase64");
            try {
                return Bodies.fromBase64(text);
            } catch (HttpException notBase64) {
                throw bad("Field '" + at + "bodyBase64' is not valid base64 (A-Z, a-z, 0-9, '+', '/', '=' padding).");
            }
        }
        if (body != null && !body.isNull()) {
            // Text is sent as it is; any other JSON value as its compact JSON, which is what a
            // producer publishing that JSON document would put on the wire.
            return (body.isTextual() ? body.textValue() : body.toString()).getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    /** One storage event. */
    static StorageEvent storage(EventFunction function, JsonNode root, Instant now) {
        refuseOtherKinds(function, root, List.of("messages", "body", "bodyBase64", "attributes"), "a message");
        refuseOtherKinds(function, root, List.of("scheduledTime", "pastDue"), "a schedule firing");
        requireObject(root, "The event");
        allowOnly(root, "", STORAGE_FIELDS, null);
        String kind = requiredText(root, "kind", "CREATED or DELETED");
        StorageEvent.Builder event = StorageEvent.builder()
                .id(optionalText(root, "", "id", UUID.randomUUID().toString()))
                .bucket(requiredText(root, "bucket", "the bucket's name"))
                .key(requiredText(root, "key", "the object's key, decoded, such as \"photos/cat 1.jpg\""))
                .etag(optionalText(root, "", "etag", null))
                .contentType(optionalText(root, "", "contentType", null))
                .version(optionalText(root, "", "version", null))
                .eventTime(optionalTime(root, "", "eventTime", now));
        try {
            event.kind(StorageEvent.Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw bad("Field 'kind' is '" + kind + "'; allowed: CREATED or DELETED.");
        }
        JsonNode size = root.get("size");
        if (size != null && !size.isNull()) {
            if (!size.canConvertToExactIntegral() || !size.canConvertToLong() || size.asLong() < 0) {
                throw bad("Field 'size' must be a whole number of bytes, 0 or more, not " + describe(size) + ".");
            }
            event.size(size.asLong());
        }
        return event.build();
    }

    /** One schedule firing; an empty body or {@code {}} fires "now", at the whole minute. */
    static ScheduleEvent firing(EventFunction function, JsonNode root, Instant now) {
        refuseOtherKinds(function, root, List.of("messages", "body", "bodyBase64", "attributes"), "a message");
        refuseOtherKinds(function, root, List.of("kind", "bucket", "key"), "a storage event (fields kind, bucket, key)");
        requireObject(root, "The event");
        allowOnly(root, "", SCHEDULE_FIELDS, null);
        JsonNode pastDue = root.get("pastDue");
        if (pastDue != null && !pastDue.isBoolean()) {
            throw bad("Field 'pastDue' must be true or false, not " + describe(pastDue) + ".");
        }
        return new ScheduleEvent(optionalText(root, "", "id", UUID.randomUUID().toString()),
                optionalTime(root, "", "scheduledTime", now.truncatedTo(ChronoUnit.MINUTES)),
                pastDue != null && pastDue.booleanValue());
    }

    static void refuseOtherKinds(EventFunction function, JsonNode root, List<String> fields, String what) {
        if (root.isObject() && fields.stream().anyMatch(root::has)) {
            // The contract's wording (docs/events.md, event.bad.wrong-kind), then what to send instead.
            throw bad(function.wrongEvent(what) + " " + example(function.kind()));
        }
    }

    /** What a body for this kind looks like, for error messages. */
    static String example(EventFunction.Kind kind) {
        return switch (kind) {
            case QUEUE, TOPIC -> "Send {\"body\": <text or JSON>, \"attributes\": {...}} or {\"messages\": [...]}.";
            case STORAGE -> "Send {\"kind\": \"CREATED\", \"bucket\": \"...\", \"key\": \"...\"}.";
            case SCHEDULE -> "Send {} or {\"scheduledTime\": \"2026-01-01T02:30:00Z\"}.";
            case STREAM -> StreamDecoder.EXAMPLE;
            case CHANGE -> ChangeDecoder.EXAMPLE;
        };
    }

    static void allowOnly(JsonNode node, String at, List<String> allowed, String hint) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad("Field '" + at + name + "' is not known here; allowed: " + String.join(", ", allowed)
                        + (hint == null ? "." : " (" + hint + ")."));
            }
        }
    }

    static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw bad(what + " must be a JSON object, not " + describe(node) + ".");
        }
    }

    private static String requiredText(JsonNode node, String field, String meaning) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            throw bad("Field '" + field + "' is required: " + meaning + ".");
        }
        return text(value, field);
    }

    static String optionalText(JsonNode node, String at, String field, String otherwise) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? otherwise : text(value, at + field);
    }

    static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw bad("Field '" + field + "' must be a string, not " + describe(value) + ".");
        }
        return value.textValue();
    }

    static Instant optionalTime(JsonNode node, String at, String field, Instant otherwise) {
        String text = optionalText(node, at, field, null);
        if (text == null) {
            return otherwise;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notATime) {
            throw bad("Field '" + at + field + "' is '" + text + "'; allowed: an ISO-8601 UTC time such as"
                    + " \"2026-01-01T02:30:00Z\".");
        }
    }

    private static int optionalCount(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 1;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 1) {
            throw bad("Field '" + at + field + "' must be a whole number, 1 or more, not " + describe(value) + ".");
        }
        return value.asInt();
    }

    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty array" : "an array";
        }
        return value.isTextual() ? "the string \"" + value.textValue() + "\"" : value.toString();
    }

    static HttpException bad(String detail) {
        return HttpException.badRequest(detail);
    }
}
