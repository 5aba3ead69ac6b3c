package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.runtime.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the trigger metadata the Java worker binds to {@code @BindingName} String parameters.
 *
 * <p>The host turns each value into the worker's TypedData with {@code ToRpc}: a string stays a
 * string, while numbers, dates and dictionaries become JSON (Newtonsoft), and the worker hands a
 * JSON value to a String parameter as its JSON text. So {@code DequeueCount} arrives as
 * {@code 2}, {@code InsertionTime} as {@code "2025-01-01T10:00:00+00:00"} with its quotes, and
 * {@code UserProperties} as a JSON object. Each reader takes the plain and the JSON form.
 */
final class BindingValues {

    private BindingValues() {
    }

    /** A value that cannot be read; the message says which and why, without the value's bytes. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The text of a plain or JSON string value; null when absent or JSON null. */
    static String text(String value) throws Unreadable {
        if (value == null) {
            return null;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            JsonNode node = json(value, "a JSON string");
            return node.asText();
        }
        return value.equals("null") ? null : value;
    }

    /** A whole number such as {@code DequeueCount}; null when absent. */
    static Integer count(String name, String value) throws Unreadable {
        String text = text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long count = Long.parseLong(text.strip());
            if (count < 1 || count > Integer.MAX_VALUE) {
                throw new Unreadable(name + " is " + count + ", not a count of at least 1");
            }
            return (int) count;
        } catch (NumberFormatException notANumber) {
            throw new Unreadable(name + " is not a whole number");
        }
    }

    /** A time such as {@code InsertionTime} or {@code EnqueuedTimeUtc}; null when absent. */
    static Instant time(String name, String value) throws Unreadable {
        String text = text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant time = instant(text.strip());
        if (time == null) {
            throw new Unreadable(name + " is not an ISO-8601 date and time");
        }
        return time;
    }

    /**
     * An ISO-8601 time with an offset, or without one (then UTC): .NET writes a DateTime of
     * unspecified kind, such as Service Bus's {@code EnqueuedTimeUtc}, with no offset. Up to seven
     * fraction digits, as .NET writes them. Null if it is not such a time.
     */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    /**
     * Service Bus application properties (a JSON object, empty when the sender set none) as
     * attributes: every value as text, numbers and booleans as JSON writes them, nulls left out.
     */
    static Map<String, String> properties(String value) throws Unreadable {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (value == null || value.isBlank() || value.equals("null")) {
            return attributes;
        }
        JsonNode node = json(value, "a JSON object of application properties");
        if (!node.isObject()) {
            throw new Unreadable("UserProperties is not a JSON object of application properties");
        }
        node.fields().forEachRemaining(property -> {
            JsonNode v = property.getValue();
            if (!v.isNull()) {
                attributes.put(property.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        });
        return attributes;
    }

    private static JsonNode json(String value, String what) throws Unreadable {
        try {
            return Json.mapper().readTree(value);
        } catch (JsonProcessingException invalid) {
            throw new Unreadable("a binding value is not " + what);
        }
    }
}
