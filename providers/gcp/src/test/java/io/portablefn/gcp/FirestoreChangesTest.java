package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.events.cloud.firestore.v1.Document;
import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.events.cloud.firestore.v1.Value;
import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.Change;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Firestore document events: Google's own samples and each value rule, through the adapter. */
class FirestoreChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WRITTEN = FirestoreChanges.TYPE_PREFIX + "written";

    private final List<Change<Map<String, Object>>> seen = new ArrayList<>();

    private GcpEventAdapter adapter() {
        return new GcpEventAdapter(EventFunction.changes("audit", 30, (Change<Map<String, Object>> change,
                io.portablefn.api.Context context) -> {
            seen.add(change);
            if ("poison".equals(change.newItem().map(item -> item.get("foo")).orElse(null))) {
                throw new IllegalStateException("handler's own words");
            }
        }, new BodyType<Map<String, Object>>() { }), null);
    }

    @Test
    void googlesUpdateSampleIsAnUpdateWithBothItems() throws Exception {
        Change<byte[]> change = FirestoreChanges.decode(event(WRITTEN, "ev-1", sample("DocumentEventData-simple.json")));

        assertEquals(Change.Kind.UPDATED, change.kind());
        assertEquals(Map.of("id", "2Vm2mI1d0wIaK2Waj5to"), change.key());
        assertEquals("ev-1", change.position());
        assertEquals(Instant.parse("2020-04-23T12:00:27.247187Z"), change.time().orElseThrow());
        assertEquals(JSON.readTree("{\"another test\":\"asd\",\"count\":4,\"foo\":\"bar\"}"),
                JSON.readTree(change.newItem().orElseThrow()));
        assertEquals(JSON.readTree("{\"another test\":\"asd\",\"count\":3,\"foo\":\"bar\"}"),
                JSON.readTree(change.oldItem().orElseThrow()));
    }

    @Test
    void googlesCreationSampleHoldsEveryValueTypeAsPlainJson() throws Exception {
        Change<byte[]> change = FirestoreChanges.decode(event(WRITTEN, "ev-2", sample("DocumentEventData-complex.json")));

        assertEquals(Change.Kind.CREATED, change.kind(), "the empty oldValue is no old document");
        assertTrue(change.oldItem().isEmpty());
        assertEquals(Map.of("id", "IH75dRdeYJKd4uuQiqch"), change.key());
        assertEquals(JSON.readTree("""
                {"arrayValue": [1, 2], "booleanValue": true, "doubleValue": 5.5,
                 "geoPointValue": {"latitude": 51.4543, "longitude": -0.9781}, "intValue": 50,
                 "mapValue": {"field1": "x", "field2": ["x", 1]}, "nullValue": null,
                 "referenceValue": "projects/project-id/databases/(default)/documents/foo/bar/baz/qux",
                 "stringValue": "text", "timestampValue": "2020-04-23T14:23:53.241Z"}"""),
                JSON.readTree(change.newItem().orElseThrow()));
    }

    @Test
    void integersStayExactBytesAreBase64AndNonFiniteDoublesAreStrings() throws Exception {
        Document document = Document.newBuilder().setName("projects/p/databases/(default)/documents/orders/o-1")
                .putFields("big", Value.newBuilder().setIntegerValue(Long.MAX_VALUE).build())
                .putFields("raw", Value.newBuilder().setBytesValue(ByteString.copyFrom(new byte[] {1, 2, (byte) 255}))
                        .build())
                .putFields("nan", Value.newBuilder().setDoubleValue(Double.NaN).build())
                .putFields("inf", Value.newBuilder().setDoubleValue(Double.NEGATIVE_INFINITY).build())
                .build();
        Change<byte[]> change = FirestoreChanges.decode(event(FirestoreChanges.TYPE_PREFIX + "created", "ev-3",
                DocumentEventData.newBuilder().setValue(document).build().toByteArray()));

        String item = new String(change.newItem().orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(item.contains("\"big\":9223372036854775807"), item);
        assertEquals(JSON.readTree("{\"big\":9223372036854775807,\"raw\":\"AQL/\",\"nan\":\"NaN\",\"inf\":\"-Infinity\"}"),
                JSON.readTree(item));
        assertEquals(Map.of("id", "o-1"), change.key());
    }

    @Test
    void aDeletionHasTheOldItemOnlyAndTheEventsTime() throws Exception {
        Document old = Document.newBuilder().setName("projects/p/databases/(default)/documents/orders/o-9")
                .putFields("foo", Value.newBuilder().setStringValue("bar").build()).build();
        Change<byte[]> change = FirestoreChanges.decode(event(WRITTEN, "ev-4",
                DocumentEventData.newBuilder().setOldValue(old).build().toByteArray()));
        assertEquals(Change.Kind.DELETED, change.kind());
        assertTrue(change.newItem().isEmpty());
        assertEquals(JSON.readTree("{\"foo\":\"bar\"}"), JSON.readTree(change.oldItem().orElseThrow()));
        assertEquals(Instant.parse("2026-03-01T10:15:30.123Z"), change.time().orElseThrow());
    }

    @Test
    void theAdapterHandsTheChangeOverAndAFailureAsksForRedelivery() throws Exception {
        GcpEventAdapter adapter = adapter();
        adapter.accept(event(WRITTEN, "ev-5", sample("DocumentEventData-simple.json")));
        assertEquals(4, seen.get(0).newItem().orElseThrow().get("count"));

        Document poison = Document.newBuilder().setName("projects/p/databases/(default)/documents/orders/o-2")
                .putFields("foo", Value.newBuilder().setStringValue("poison").build()).build();
        EventFailedException failed = assertThrows(EventFailedException.class, () -> adapter.accept(event(WRITTEN,
                "ev-6", DocumentEventData.newBuilder().setValue(poison).build().toByteArray())));
        assertTrue(failed.getMessage().contains("Firestore change {id=o-2} (event ev-6)"), failed.getMessage());
        assertFalse(failed.getMessage().contains("handler's own words"));
    }

    @Test
    void dataThatIsNotDocumentEventDataIsUndecodable() {
        EventFailedException failed = assertThrows(EventFailedException.class, () -> adapter().accept(
                event(WRITTEN, "ev-7", "{\"value\":{}}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(failed.getMessage().contains("Firestore event ev-7"), failed.getMessage());
        assertEquals(List.of(), seen);
    }

    @Test
    void aFirestoreEventToAQueueFunctionIsTheWrongKind() {
        GcpEventAdapter queue = new GcpEventAdapter(new TestEvents.Recorder().queue(), null);
        EventFailedException failed = assertThrows(EventFailedException.class, () -> queue.accept(event(WRITTEN, "ev-8",
                new byte[0])));
        assertTrue(failed.getMessage().startsWith("Function 'orders' takes queue messages, but received a Firestore"
                + " document event"), failed.getMessage());
    }

    /** The protobuf classes are named by FirestoreChanges and FirestoreValues only, so HTTP functions never load them. */
    @Test
    void theEntryPathsOfOtherFunctionsDoNotNameProtobufClasses() throws Exception {
        for (Class<?> type : List.of(GcpHttpAdapter.class, GcpEventAdapter.class, GcpCloudEvents.class, GcpEvent.class)) {
            String constants;
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertFalse(constants.contains("com/google/protobuf") || constants.contains("com/google/events"),
                    type + " names a protobuf class");
        }
    }

    private static CloudEvent event(String type, String id, byte[] data) {
        return CloudEventBuilder.v1().withId(id).withType(type)
                .withSource(URI.create("//firestore.googleapis.com/projects/project-id/databases/(default)"))
                .withSubject("documents/orders/x").withTime(TestEvents.TIME.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/protobuf").withData(data).build();
    }

    /** Google's sample in protobuf's JSON form, as the binary data Eventarc sends. */
    private static byte[] sample(String name) throws Exception {
        try (InputStream in = FirestoreChangesTest.class.getResourceAsStream("/firestore/" + name)) {
            DocumentEventData.Builder data = DocumentEventData.newBuilder();
            JsonFormat.parser().merge(new String(in.readAllBytes(), StandardCharsets.UTF_8), data);
            return data.build().toByteArray();
        }
    }
}
