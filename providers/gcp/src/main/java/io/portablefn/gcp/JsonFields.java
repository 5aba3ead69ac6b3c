package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the fields of Google's event JSON, with errors that say which field was wrong. */
final class JsonFields {

    private JsonFields() {
    }

    /** Parses event JSON; a UTF-8 byte order mark, as some samples carry, is skipped by Jackson. */
    static JsonNode parse(byte[] json, String what, String subject) throws UndecodableEvent {
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (node == null || !node.isObject()) {
                throw new UndecodableEvent(what, subject + " is not a JSON object");
            }
            return node;
        } catch (IOException notJson) {
            throw new UndecodableEvent(what, subject + " is not valid JSON");
        }
    }

    /**
     * The first of {@code names} present as text, or null. Pub/Sub push bodies carry both
     * spellings ({@code messageId} and {@code message_id}); the first wins.
     */
    static String text(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    /** A time in RFC 3339 form ({@code 2020-05-06T07:33:34.556123Z}), or null when absent. */
    static Instant time(JsonNode object, String what, String... names) throws UndecodableEvent {
        String text = text(object, names);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new UndecodableEvent(what, "'" + names[0] + "' is not an RFC 3339 time: '" + text + "'");
        }
    }

    /**
     * An int64 field, which Google's JSON writes as a string ({@code "352"}) and some samples as
     * a number; null when absent.
     */
    static Long int64(JsonNode object, String name, String what) throws UndecodableEvent {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw new UndecodableEvent(what, "'" + name + "' is not a whole number: " + value);
    }
}
