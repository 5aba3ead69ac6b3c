package io.portablefn.cloudevents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortableCloudEventsTest {

    static final Context AWS = new TestContext(Provider.AWS, "orders");
    static final Instant PUBLISHED = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Message.Builder message(String body) {
        return Message.builder().id("m-1").body(body).publishTime(PUBLISHED);
    }

    @Test
    void aMessageKeepsItsIdTimeAndBodyUnderThePortableTypeAndSource() {
        CloudEvent event = PortableCloudEvents.of(message("{\"id\":\"o-1\"}").build(), AWS);

        assertEquals(SpecVersion.V1, event.getSpecVersion());
        assertEquals("m-1", event.getId());
        assertEquals(URI.create("urn:portablefn:aws:orders"), event.getSource());
        assertEquals("io.portablefn.message.v1", event.getType());
        assertEquals(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 678_000_000, ZoneOffset.UTC), event.getTime());
        assertEquals("application/json", event.getDataContentType());
        assertArrayEquals("{\"id\":\"o-1\"}".getBytes(StandardCharsets.UTF_8), event.getData().toBytes());
        assertNull(event.getSubject());
        assertEquals(Set.of(), event.getExtensionNames());
    }

    @Test
    void attributesWithValidExtensionNamesBecomeExtensionsAndTheOthersAreLeftOut() {
        Message message = message("x")
                .attribute("tenant", "acme")
                .attribute("priority2", "5")
                .attribute("exactlytwentychars20", "ok")
                .attribute("twentyonecharacters21", "too long")
                .attribute("Tenant", "upper case")
                .attribute("tenant_id", "underscore")
                .attribute("content-type", "hyphen")
                .attribute("x.y", "dot")
                .attribute("type", "the spec's own")
                .attribute("partitionkey", "ours")
                .attribute("data", "the JSON format's")
                .orderingKey("group-7")
                .build();

        CloudEvent event = PortableCloudEvents.of(message, AWS);

        assertEquals(Set.of("tenant", "priority2", "exactlytwentychars20", "partitionkey"), event.getExtensionNames());
        assertEquals("acme", event.getExtension("tenant"));
        assertEquals("5", event.getExtension("priority2"));
        assertEquals("group-7", event.getExtension(PortableCloudEvents.PARTITION_KEY));
        assertEquals("io.portablefn.message.v1", event.getType());
    }

    @Test
    void withoutAnOrderingKeyAnAttributeNamedPartitionkeyIsStillLeftOut() {
        CloudEvent event = PortableCloudEvents.of(message("x").attribute("partitionkey", "p").build(), AWS);
        assertEquals(Set.of(), event.getExtensionNames());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":[1,2,{\"b\":null}]}|application/json",
        "[1]|application/json",
        "\"just a string\"|application/json",
        "42|application/json",
        " true |application/json",
        "hello|text/plain; charset=utf-8",
        "{not json}|text/plain; charset=utf-8",
        "{\"a\":1} trailing|text/plain; charset=utf-8",
        "1 2|text/plain; charset=utf-8",
        "{\"a\":1,\"a\":2}|text/plain; charset=utf-8",
        "café, line one\tthen two|text/plain; charset=utf-8",
    })
    void theContentTypeIsGuessedFromTheBodyAndNeverCallsJsonWhatIsNot(String body, String expected) {
        assertEquals(expected, PortableCloudEvents.of(message(body).build(), AWS).getDataContentType());
    }

    @Test
    void bytesThatAreNotCleanUtf8TextAreBinary() {
        byte[][] bodies = {{(byte) 0xff, (byte) 0xfe, 0x00}, {'a', 0x01, 'b'}, {(byte) 0xc3}};
        for (byte[] body : bodies) {
            CloudEvent event = PortableCloudEvents.of(Message.builder().id("b").body(body).build(), AWS);
            assertEquals("application/octet-stream", event.getDataContentType());
            assertArrayEquals(body, event.getData().toBytes());
        }
    }

    @Test
    void anEmptyBodyHasNoDataNoContentTypeAndAMissingPublishTimeNoTime() {
        CloudEvent event = PortableCloudEvents.of(Message.builder().id("e").build(), AWS);
        assertNull(event.getData());
        assertNull(event.getDataContentType());
        assertNull(event.getTime());
        assertNull(PortableCloudEvents.of(Message.builder().id("e").build(), AWS, "application/xml").getDataContentType());
    }

    @Test
    void aKnownContentTypeCanBeGiven() {
        CloudEvent event = PortableCloudEvents.of(message("<order/>").build(), AWS, "application/xml");
        assertEquals("application/xml", event.getDataContentType());
        assertArrayEquals("<order/>".getBytes(StandardCharsets.UTF_8), event.getData().toBytes());
        assertThrows(IllegalArgumentException.class, () -> PortableCloudEvents.of(message("x").build(), AWS, " "));
    }

    @Test
    void aCreatedObjectHasItsKeyAsSubjectAndItsFieldsAsJsonData() throws Exception {
        StorageEvent created = StorageEvent.builder().id("s-1").kind(StorageEvent.Kind.CREATED).bucket("uploads")
                .key("photos/cat \"1\".jpg").size(2048).etag("\"abc\"").contentType("image/jpeg").version("17")
                .eventTime(Instant.parse("2026-01-02T03:04:05Z")).build();

        CloudEvent event = PortableCloudEvents.of(created, new TestContext(Provider.GCP, "thumbnails"));

        assertEquals("s-1", event.getId());
        assertEquals(URI.create("urn:portablefn:gcp:thumbnails"), event.getSource());
        assertEquals("io.portablefn.storage.object.created.v1", event.getType());
        assertEquals("photos/cat \"1\".jpg", event.getSubject());
        assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05Z"), event.getTime());
        assertEquals("application/json", event.getDataContentType());
        assertEquals(JSON.readTree("{\"kind\":\"CREATED\",\"bucket\":\"uploads\",\"key\":\"photos/cat \\\"1\\\".jpg\","
                + "\"size\":2048,\"etag\":\"abc\",\"contentType\":\"image/jpeg\",\"version\":\"17\","
                + "\"eventTime\":\"2026-01-02T03:04:05Z\"}"), JSON.readTree(event.getData().toBytes()));
    }

    @Test
    void aDeletedObjectLeavesOutWhatTheCloudDidNotGive() throws Exception {
        StorageEvent deleted = StorageEvent.builder().id("s-2").kind(StorageEvent.Kind.DELETED).bucket("uploads")
                .key("a.jpg").eventTime(Instant.parse("2026-01-02T03:04:05Z")).build();

        CloudEvent event = PortableCloudEvents.of(deleted, AWS);

        assertEquals("io.portablefn.storage.object.deleted.v1", event.getType());
        assertEquals(JSON.readTree("{\"kind\":\"DELETED\",\"bucket\":\"uploads\",\"key\":\"a.jpg\","
                + "\"eventTime\":\"2026-01-02T03:04:05Z\"}"), JSON.readTree(event.getData().toBytes()));
    }

    @Test
    void aFiringHasItsScheduledTimeAsTimeAndInItsData() throws Exception {
        ScheduleEvent firing = new ScheduleEvent("f-1", Instant.parse("2026-01-02T02:30:00Z"), true);

        CloudEvent event = PortableCloudEvents.of(firing, new TestContext(Provider.AZURE, "nightly-report"));

        assertEquals("f-1", event.getId());
        assertEquals(URI.create("urn:portablefn:azure:nightly-report"), event.getSource());
        assertEquals("io.portablefn.schedule.fired.v1", event.getType());
        assertEquals(OffsetDateTime.parse("2026-01-02T02:30:00Z"), event.getTime());
        assertEquals("application/json", event.getDataContentType());
        assertEquals(JSON.readTree("{\"scheduledTime\":\"2026-01-02T02:30:00Z\",\"pastDue\":true}"),
                JSON.readTree(event.getData().toBytes()));
    }

    @Test
    void theSourceNamesTheProviderInLowerCaseAndIsAlwaysAValidAbsoluteUri() {
        assertEquals(URI.create("urn:portablefn:local:Greet-2"), PortableCloudEvents.source(new TestContext(Provider.LOCAL, "Greet-2")));
        URI odd = PortableCloudEvents.source(new TestContext(Provider.AWS, "a b/c:é"));
        assertEquals("urn:portablefn:aws:a%20b%2Fc%3A%C3%A9", odd.toString());
        assertTrue(odd.isAbsolute());
    }
}
