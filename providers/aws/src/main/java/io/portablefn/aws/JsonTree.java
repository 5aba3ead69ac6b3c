package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain Java objects, read with the streaming parser: an object is a
 * {@code Map<String, Object>} in its order, an array a {@code List<Object>}, a string a
 * {@code String}, a number a {@code BigDecimal}, true and false {@code Boolean}, null null.
 * The records of SQS, SNS, S3, DynamoDB Streams and Kinesis events are read this way: small, nested, and decoded once, so a
 * data-binding ObjectMapper would cost more class loading than it saves.
 */
final class JsonTree {

    private JsonTree() {
    }

    /** The value at the parser's current token, which it consumes. */
    static Object read(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    object.put(name, read(json));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(json));
                }
                return array;
            }
            case VALUE_STRING:
                return json.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return json.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** What a JSON value is, with an article, for log lines: "a number", "null". */
    static String kindOf(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not a value";
        };
    }

    /** The value as an object, or null when it is something else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The value at {@code path} below {@code root}, or null where any step is missing. */
    static Object at(Object root, String... path) {
        Object value = root;
        for (String name : path) {
            Map<String, Object> object = object(value);
            if (object == null) {
                return null;
            }
            value = object.get(name);
        }
        return value;
    }

    /** A string or number at {@code path} as text; null for anything else or nothing. */
    static String text(Object root, String... path) {
        Object value = at(root, path);
        if (value instanceof String text) {
            return text;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : null;
    }
}
