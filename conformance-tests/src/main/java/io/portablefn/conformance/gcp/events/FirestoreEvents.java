package io.portablefn.conformance.gcp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.events.cloud.firestore.v1.ArrayValue;
import com.google.events.cloud.firestore.v1.Document;
import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.events.cloud.firestore.v1.MapValue;
import com.google.events.cloud.firestore.v1.Value;
import com.google.protobuf.NullValue;
import com.google.protobuf.Timestamp;
import io.portablefn.conformance.events.WireChange;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Firestore document events as Eventarc delivers them to a function deployed by portablefn's
 * {@code deploy.sh} (type {@code google.cloud.firestore.document.v1.written}, one event per
 * change): id the change's position, source {@code //firestore.googleapis.com/projects/P/
 * databases/(default)}, subject {@code documents/<collection>/<id>}, the {@code database},
 * {@code namespace} and {@code document} extensions as in Google's Firestore events, time the
 * change's; data a protobuf {@code DocumentEventData} built with Google's published classes
 * ({@code value} and {@code oldValue} documents with {@code updateTime}; JSON strings, whole
 * numbers, other numbers, booleans, null, arrays and objects become string, integer, double,
 * boolean, null, array and map values).
 */
final class FirestoreEvents {

    static final String WRITTEN = "google.cloud.firestore.document.v1.written";
    static final String COLLECTION = "conformance-orders";

    private FirestoreEvents() {
    }

    static NativeCloudEvent written(WireChange change) {
        String path = COLLECTION + "/" + change.id();
        String database = "projects/" + GcpNativeEvents.PROJECT + "/databases/(default)";
        DocumentEventData.Builder data = DocumentEventData.newBuilder();
        if (change.newItem() != null) {
            data.setValue(document(database + "/documents/" + path, change.newItem(), change.time()));
        }
        if (change.oldItem() != null) {
            data.setOldValue(document(database + "/documents/" + path, change.oldItem(), change.time()));
        }
        return new NativeCloudEvent(change.position(), WRITTEN, "//firestore.googleapis.com/" + database,
                "documents/" + path, change.time(),
                Map.of("database", "(default)", "namespace", "(default)", "document", path),
                data.build().toByteArray(), List.of(change.position()));
    }

    private static Document document(String name, String json, Instant time) {
        Document.Builder document = Document.newBuilder().setName(name)
                .setUpdateTime(Timestamp.newBuilder().setSeconds(time.getEpochSecond()).setNanos(time.getNano()));
        try {
            Json.mapper().readTree(json).fields().forEachRemaining(field ->
                    document.putFields(field.getKey(), value(field.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document.build();
    }

    private static Value value(JsonNode json) {
        Value.Builder value = Value.newBuilder();
        if (json.isTextual()) {
            value.setStringValue(json.textValue());
        } else if (json.isIntegralNumber() && json.canConvertToLong()) {
            value.setIntegerValue(json.longValue());
        } else if (json.isNumber()) {
            value.setDoubleValue(json.doubleValue());
        } else if (json.isBoolean()) {
            value.setBooleanValue(json.booleanValue());
        } else if (json.isNull()) {
            value.setNullValue(NullValue.NULL_VALUE);
        } else if (json.isArray()) {
            ArrayValue.Builder array = ArrayValue.newBuilder();
            json.forEach(element -> array.addValues(value(element)));
            value.setArrayValue(array);
        } else {
            MapValue.Builder map = MapValue.newBuilder();
            json.fields().forEachRemaining(field -> map.putFields(field.getKey(), value(field.getValue())));
            value.setMapValue(map);
        }
        return value.build();
    }
}
