package io.portablefn.cloudevents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of event through the CloudEvents JSON format (cloudevents-json-jackson, found the
 * way applications find it, through {@link EventFormatProvider}) and back: the document is what
 * the spec's JSON format says, and nothing is lost on the way.
 */
class JsonFormatRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestContext GCP = new TestContext(Provider.GCP, "orders");

    static Stream<Arguments> events() {
        Instant when = Instant.parse("2026-01-02T03:04:05.006Z");
        return Stream.of(
                Arguments.of("JSON message", PortableCloudEvents.of(Message.builder().id("m-1").body("{\"id\":\"o-1\",\"n\":[1,2]}")
                        .attribute("tenant", "acme").orderingKey("g-1").publishTime(when).build(), GCP), "data"),
                Arguments.of("text message", PortableCloudEvents.of(Message.builder().id("m-2").body("hello, world")
                        .publishTime(when).build(), GCP), "data_base64"),
                Arguments.of("binary message", PortableCloudEvents.of(Message.builder().id("m-3")
                        .body(new byte[] {0, 1, 2, (byte) 0xff}).build(), GCP), "data_base64"),
                Arguments.of("storage event", PortableCloudEvents.of(StorageEvent.builder().id("s-1").kind(StorageEvent.Kind.CREATED)
                        .bucket("b").key("k 1.jpg").size(3).eventTime(when).build(), GCP), "data"),
                Arguments.of("schedule firing", PortableCloudEvents.of(new ScheduleEvent("f-1", when, false), GCP), "data"));
    }

    @Test
    void textCanBeWrittenAsAStringWithTheFormatsOwnOption() throws Exception {
        // By default the format writes only JSON data as JSON, everything else as base64.
        CloudEvent text = PortableCloudEvents.of(Message.builder().id("t").body("hello, wörld").build(), GCP);
        JsonNode document = JSON.readTree(new JsonFormat().withForceNonJsonDataToString().serialize(text));
        assertEquals("hello, wörld", document.path("data").textValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void survivesTheJsonFormat(String what, CloudEvent event, String dataMember) throws Exception {
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        assertNotNull(format, "cloudevents-json-jackson is registered");

        byte[] serialized = format.serialize(event);
        JsonNode document = JSON.readTree(serialized);
        assertEquals("1.0", document.path("specversion").asText());
        assertEquals(event.getId(), document.path("id").asText());
        assertEquals(event.getSource().toString(), document.path("source").asText());
        assertEquals(event.getType(), document.path("type").asText());
        assertTrue(document.has(dataMember), what + ": " + document);
        for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // Every member is a spec attribute name: a-z0-9, except the format's own data_base64.
            assertTrue(name.matches("[a-z0-9]{1,20}") || name.equals("data_base64"), what + ": member " + name);
        }
        if (event.getDataContentType() != null && event.getDataContentType().equals("application/json")) {
            // JSON data is embedded as JSON, not as a string: consumers read it as a document.
            assertTrue(document.path("data").isContainerNode(), what + ": " + document);
        }

        CloudEvent back = format.deserialize(serialized);
        assertEquals(event.getId(), back.getId());
        assertEquals(event.getSource(), back.getSource());
        assertEquals(event.getType(), back.getType());
        assertEquals(event.getTime(), back.getTime());
        assertEquals(event.getSubject(), back.getSubject());
        assertEquals(event.getDataContentType(), back.getDataContentType());
        assertEquals(event.getExtensionNames(), back.getExtensionNames());
        for (String name : event.getExtensionNames()) {
            assertEquals(event.getExtension(name), back.getExtension(name));
        }
        if (event.getDataContentType().startsWith("application/json")) {
            assertEquals(JSON.readTree(event.getData().toBytes()), JSON.readTree(back.getData().toBytes()));
        } else {
            assertArrayEquals(event.getData().toBytes(), back.getData().toBytes());
        }
    }
}
