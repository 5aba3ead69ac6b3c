package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's attribute-value JSON, as DynamoDB Streams records carry items and keys, turned into
 * plain JSON, so that an item binds to the user's type like any JSON body. Each attribute value
 * is an object with one type key (the DynamoDB API reference's {@code AttributeValue}; the same
 * ten types aws/aws-lambda-go reads in {@code events/attributevalue.go}):
 * <ul>
 *   <li>{@code S} a string; {@code B} base64 text, checked and kept as text (JSON has no bytes;
 *       a {@code byte[]} field binds from base64);
 *   <li>{@code N} a number sent as a string, written as that JSON number text, never through a
 *       double, so {@code 12345678901234567890.123} and {@code 1E+30} stay exact; a number JSON
 *       cannot spell as sent ({@code .5}, {@code +5}) is written as its exact decimal;
 *   <li>{@code BOOL} true or false; {@code NULL} null;
 *   <li>{@code M} an object and {@code L} an array, of attribute values in turn;
 *   <li>{@code SS}, {@code NS}, {@code BS} sets, written as arrays of strings, numbers and base64
 *       text, in the order sent.
 * </ul>
 * Anything else (no type key, two of them, an unknown type, a value of the wrong JSON type) is
 * an {@link UndecodableRecord} naming where it is, such as
 * {@code dynamodb.NewImage.order.lines[2]: N is not a number}; the error never quotes the item's
 * values, which are the user's data. Stateless.
 */
final class DynamoJson {

    private DynamoJson() {
    }

    /**
     * An item (a map of attribute names to attribute values, such as {@code NewImage}) as the
     * bytes of a plain JSON object, its attributes in the order sent.
     *
     * @param where how errors name the item, such as {@code dynamodb.NewImage}
     */
    static byte[] item(Map<String, Object> item, String where) throws UndecodableRecord {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator json = EventReader.JSON.createGenerator(bytes)) {
            writeItem(item, json);
        } catch (Malformed malformed) {
            throw malformed.located(where);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * An item's key (DynamoDB Streams' {@code Keys}) as attribute name to value text: a string
     * as it is, a number as its text, binary as its base64 text, the only types a key attribute
     * can have.
     */
    static Map<String, String> keys(Map<String, Object> keys, String where) throws UndecodableRecord {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            try {
                Map.Entry<String, Object> typed = typed(key.getValue());
                Object value = typed.getValue();
                switch (typed.getKey()) {
                    case "S" -> texts.put(key.getKey(), string(value, "S"));
                    case "N" -> texts.put(key.getKey(), number(value, "N"));
                    case "B" -> texts.put(key.getKey(), base64(value, "B"));
                    default -> throw new Malformed("a key attribute is S, N or B, not " + typed.getKey());
                }
            } catch (Malformed malformed) {
                throw malformed.within(key.getKey()).located(where);
            }
        }
        return texts;
    }

    private static void writeItem(Map<String, Object> item, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> attribute : item.entrySet()) {
            json.writeFieldName(attribute.getKey());
            try {
                writeValue(attribute.getValue(), json);
            } catch (Malformed malformed) {
                throw malformed.within(attribute.getKey());
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(Object attributeValue, JsonGenerator json) throws IOException {
        Map.Entry<String, Object> typed = typed(attributeValue);
        String type = typed.getKey();
        Object value = typed.getValue();
        switch (type) {
            case "S" -> json.writeString(string(value, type));
            case "N" -> json.writeNumber(number(value, type));
            case "B" -> json.writeString(base64(value, type));
            case "BOOL" -> json.writeBoolean(bool(value, type));
            case "NULL" -> json.writeNull();
            case "M" -> writeItem(map(value, type), json);
            case "L" -> {
                List<Object> list = list(value, type);
                json.writeStartArray();
                for (int i = 0; i < list.size(); i++) {
                    try {
                        writeValue(list.get(i), json);
                    } catch (Malformed malformed) {
                        throw malformed.atIndex(i);
                    }
                }
                json.writeEndArray();
            }
            case "SS", "NS", "BS" -> writeSet(type, list(value, type), json);
            default -> throw new Malformed("the type " + type + " is none of S, N, B, BOOL, NULL, M, L, SS, NS, BS");
        }
    }

    private static void writeSet(String type, List<Object> members, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < members.size(); i++) {
            Object member = members.get(i);
            try {
                switch (type) {
                    case "SS" -> json.writeString(string(member, "SS member"));
                    case "NS" -> json.writeNumber(number(member, "NS member"));
                    default -> json.writeString(base64(member, "BS member"));
                }
            } catch (Malformed malformed) {
                throw malformed.atIndex(i);
            }
        }
        json.writeEndArray();
    }

    /** The one type key of an attribute value and what it holds. */
    private static Map.Entry<String, Object> typed(Object attributeValue) throws Malformed {
        Map<String, Object> value = JsonTree.object(attributeValue);
        if (value == null || value.size() != 1) {
            throw new Malformed(value == null ? "an attribute value is an object such as {\"S\":\"text\"}"
                    : "an attribute value has exactly one type key, not " + value.size());
        }
        return value.entrySet().iterator().next();
    }

    private static String string(Object value, String type) throws Malformed {
        if (value instanceof String text) {
            return text;
        }
        throw new Malformed(type + " is not a string");
    }

    /** The number text to write: as sent when JSON can spell it so, else the exact decimal. */
    private static String number(Object value, String type) throws Malformed {
        String text = string(value, type);
        if (JsonNumbers.isJsonNumber(text)) {
            return text;
        }
        try {
            return new BigDecimal(text).toString();
        } catch (NumberFormatException notANumber) {
            throw new Malformed(type + " is not a number");
        }
    }

    private static String base64(Object value, String type) throws Malformed {
        String text = string(value, type);
        try {
            UndecodableRecord.base64(text, type);
        } catch (UndecodableRecord notBase64) {
            throw new Malformed(notBase64.getMessage());
        }
        return text;
    }

    private static boolean bool(Object value, String type) throws Malformed {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new Malformed(type + " is not true or false");
    }

    private static Map<String, Object> map(Object value, String type) throws Malformed {
        Map<String, Object> map = JsonTree.object(value);
        if (map == null) {
            throw new Malformed(type + " is not an object");
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String type) throws Malformed {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new Malformed(type + " is not an array");
    }

    /**
     * A malformed attribute value on its way up: each level adds its name as the exception
     * passes, so the happy path builds no path strings at all.
     */
    private static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        private final String problem;
        private final List<String> path = new ArrayList<>();

        Malformed(String problem) {
            super(problem, null);
            this.problem = problem;
        }

        Malformed within(String name) {
            path.add(0, name);
            return this;
        }

        Malformed atIndex(int index) {
            path.add(0, "[" + index + "]");
            return this;
        }

        /** The record's error: the full path, then the problem. */
        UndecodableRecord located(String where) {
            StringBuilder at = new StringBuilder(where);
            for (String step : path) {
                at.append(step.startsWith("[") ? "" : ".").append(step);
            }
            return new UndecodableRecord(at + ": " + problem);
        }
    }
}
