package io.portablefn.gcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.events.cloud.firestore.v1.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Writes a Firestore document's fields as plain JSON, by the rules of docs/events.md §9.1:
 * integers exact, non-finite doubles as strings, timestamps ISO-8601 UTC with their nanoseconds,
 * bytes base64, references as the referenced document's name, geo points as
 * {@code {"latitude", "longitude"}}, arrays and maps as JSON arrays and objects.
 */
final class FirestoreValues {

    private static final JsonFactory JSON = new JsonFactory();

    private FirestoreValues() {
    }

    /** The fields as one JSON object. */
    static byte[] toJson(Map<String, Value> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeObject(json, fields);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return out.toByteArray();
    }

    private static void writeObject(JsonGenerator json, Map<String, Value> fields) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Value> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            write(json, field.getValue());
        }
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, Value value) throws IOException {
        switch (value.getValueTypeCase()) {
            case NULL_VALUE, VALUETYPE_NOT_SET -> json.writeNull();
            case BOOLEAN_VALUE -> json.writeBoolean(value.getBooleanValue());
            case INTEGER_VALUE -> json.writeNumber(value.getIntegerValue());
            case DOUBLE_VALUE -> writeDouble(json, value.getDoubleValue());
            case TIMESTAMP_VALUE -> json.writeString(Instant.ofEpochSecond(value.getTimestampValue().getSeconds(),
                    value.getTimestampValue().getNanos()).toString());
            case STRING_VALUE -> json.writeString(value.getStringValue());
            case BYTES_VALUE -> json.writeString(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()));
            case REFERENCE_VALUE -> json.writeString(value.getReferenceValue());
            case GEO_POINT_VALUE -> {
                json.writeStartObject();
                json.writeNumberField("latitude", value.getGeoPointValue().getLatitude());
                json.writeNumberField("longitude", value.getGeoPointValue().getLongitude());
                json.writeEndObject();
            }
            case ARRAY_VALUE -> {
                json.writeStartArray();
                for (Value element : value.getArrayValue().getValuesList()) {
                    write(json, element);
                }
                json.writeEndArray();
            }
            case MAP_VALUE -> writeObject(json, value.getMapValue().getFieldsMap());
        }
    }

    // JSON has no NaN or infinities: they are written as the strings Java and JavaScript print.
    private static void writeDouble(JsonGenerator json, double number) throws IOException {
        if (Double.isFinite(number)) {
            json.writeNumber(number);
        } else {
            json.writeString(Double.toString(number));
        }
    }
}
