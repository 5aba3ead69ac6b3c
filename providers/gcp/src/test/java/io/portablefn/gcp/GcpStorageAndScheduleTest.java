package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cloud Storage events and schedule firings through the adapter. */
class GcpStorageAndScheduleTest {

    private static final String OBJECT = "{\"bucket\":\"uploads\",\"name\":\"a/b c.txt\",\"size\":\"352\","
            + "\"etag\":\"CNHZkbuF/ugCEAE=\",\"contentType\":\"text/plain\",\"generation\":\"1587627537231057\","
            + "\"timeCreated\":\"2020-04-23T07:38:57.230Z\",\"updated\":\"2020-04-23T07:38:58Z\"}";

    private final List<StorageEvent> objects = new ArrayList<>();
    private final List<ScheduleEvent> firings = new ArrayList<>();

    private GcpEventAdapter storage(Set<StorageEvent.Kind> wanted) {
        return new GcpEventAdapter(EventFunction.storage("thumbnails", 60, wanted, (event, context) -> objects.add(event)),
                null);
    }

    private GcpEventAdapter schedule() {
        return new GcpEventAdapter(EventFunction.schedule("nightly", 60, (event, context) -> firings.add(event)), null);
    }

    @Test
    void aFinalizedObjectIsCreatedWithEveryField() throws Exception {
        storage(EnumSet.allOf(StorageEvent.Kind.class)).accept(
                TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-1", OBJECT));
        StorageEvent event = objects.get(0);
        assertEquals("s-1", event.id());
        assertEquals(StorageEvent.Kind.CREATED, event.kind());
        assertEquals("uploads", event.bucket());
        assertEquals("a/b c.txt", event.key());
        assertEquals(OptionalLong.of(352), event.size());
        assertEquals(Optional.of("CNHZkbuF/ugCEAE="), event.etag());
        assertEquals(Optional.of("text/plain"), event.contentType());
        assertEquals(Optional.of("1587627537231057"), event.version());
        assertEquals(TestEvents.TIME, event.eventTime(), "the CloudEvent's time");
    }

    @Test
    void withoutAnEventTimeTheObjectsOwnTimeIsUsed() throws Exception {
        GcpEventAdapter adapter = storage(EnumSet.allOf(StorageEvent.Kind.class));
        String source = "//storage.googleapis.com/projects/_/buckets/uploads";
        adapter.accept(TestEvents.event(GcpCloudEvents.OBJECT_FINALIZED, "s-1", source, "objects/x", null, OBJECT));
        adapter.accept(TestEvents.event(GcpCloudEvents.OBJECT_DELETED, "s-2", source, "objects/x", null,
                OBJECT.replace("}", ",\"timeDeleted\":\"2020-05-18T09:07:51.799Z\"}")));
        adapter.accept(TestEvents.event(GcpCloudEvents.OBJECT_DELETED, "s-3", source, "objects/x", null,
                "{\"size\":0,\"generation\":96883251,\"timeCreated\":\"2020-05-06T15:14:15.917Z\"}"));
        assertEquals(Instant.parse("2020-04-23T07:38:58Z"), objects.get(0).eventTime(), "updated");
        assertEquals(Instant.parse("2020-05-18T09:07:51.799Z"), objects.get(1).eventTime(), "timeDeleted");
        assertEquals(StorageEvent.Kind.DELETED, objects.get(1).kind());
        StorageEvent fromEnvelope = objects.get(2);
        assertEquals("uploads", fromEnvelope.bucket(), "from the CloudEvent source");
        assertEquals("x", fromEnvelope.key(), "from the CloudEvent subject");
        assertEquals(Optional.of("96883251"), fromEnvelope.version(), "int64 written as a number");
        assertEquals(OptionalLong.of(0), fromEnvelope.size());
        assertEquals(Instant.parse("2020-05-06T15:14:15.917Z"), fromEnvelope.eventTime(), "timeCreated");
    }

    @Test
    void eventsTheFunctionDoesNotWantAreAcknowledgedUnseen() {
        GcpEventAdapter createdOnly = storage(EnumSet.of(StorageEvent.Kind.CREATED));
        assertDoesNotThrow(() -> createdOnly.accept(TestEvents.storage(GcpCloudEvents.OBJECT_DELETED, "s-1", OBJECT)));
        assertDoesNotThrow(() -> createdOnly.accept(TestEvents.storage(GcpCloudEvents.STORAGE_PREFIX + "archived", "s-2",
                OBJECT)));
        assertDoesNotThrow(() -> createdOnly.accept(TestEvents.storage(GcpCloudEvents.STORAGE_PREFIX + "metadataUpdated",
                "s-3", OBJECT)));
        assertTrue(objects.isEmpty());
    }

    @Test
    void anObjectWithoutAnAnswerableFieldFails() {
        GcpEventAdapter adapter = storage(EnumSet.of(StorageEvent.Kind.CREATED));
        for (String object : List.of("{\"bucket\":\"b\",\"name\":\"n\",\"size\":\"big\"}", "[]")) {
            Exception bad = assertThrows(Exception.class, () -> adapter.accept(
                    TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-9", object)));
            assertTrue(bad.getMessage().startsWith("Function 'thumbnails' cannot decode Cloud Storage event s-9: "),
                    bad.getMessage());
        }
        Exception noName = assertThrows(Exception.class, () -> adapter.accept(TestEvents.event(
                GcpCloudEvents.OBJECT_FINALIZED, "s-8", "//storage.googleapis.com/projects/_/buckets/b", null,
                TestEvents.TIME, "{}")));
        assertEquals(EventFailedException.undecodable("thumbnails",
                new UndecodableEvent("Cloud Storage event s-8", "it names no object")).getMessage(), noName.getMessage());
        assertTrue(objects.isEmpty());
    }

    @Test
    void aMessageToAStorageFunctionIsTheWrongEvent() {
        GcpEventAdapter adapter = storage(EnumSet.of(StorageEvent.Kind.CREATED));
        Exception wrong = assertThrows(Exception.class, () -> adapter.accept(TestEvents.published("m-1", "{}")));
        assertTrue(wrong.getMessage().startsWith("Function 'thumbnails' takes storage events, but received a Pub/Sub"
                + " message"), wrong.getMessage());
    }

    @Test
    void cloudSchedulerFiresThroughPubSub() throws Exception {
        schedule().accept(TestEvents.published("ce-1", "{\"messageId\":\"f-1\",\"data\":\"bmlnaHRseQ==\","
                + "\"publishTime\":\"2026-01-01T02:00:00.431Z\"}"));
        assertEquals(List.of(new ScheduleEvent("f-1", Instant.parse("2026-01-01T02:00:00.431Z"), false)), firings);
    }

    @Test
    void aSchedulerJobEventIsAFiringToo() throws Exception {
        schedule().accept(TestEvents.event(GcpCloudEvents.JOB_EXECUTED, "j-1",
                "//cloudscheduler.googleapis.com/projects/p/locations/l/jobs/nightly", null, TestEvents.TIME,
                "{\"customData\":\"bXkgYmFzZTY0IGRhdGE=\"}"));
        assertEquals(List.of(new ScheduleEvent("j-1", TestEvents.TIME, false)), firings);
    }

    @Test
    void aFiringWithoutATimeFailsAndAStorageEventIsTheWrongEvent() {
        GcpEventAdapter adapter = schedule();
        Exception noTime = assertThrows(Exception.class, () -> adapter.accept(TestEvents.event(
                GcpCloudEvents.MESSAGE_PUBLISHED, "ce-1", "//pubsub.googleapis.com/projects/p/topics/t", null, null,
                "{\"message\":{\"messageId\":\"f-1\"}}")));
        assertEquals(EventFailedException.undecodable("nightly", new UndecodableEvent("Cloud Scheduler firing f-1",
                "the message has no publish time")).getMessage(), noTime.getMessage());
        Exception wrong = assertThrows(Exception.class, () -> adapter.accept(
                TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-1", OBJECT)));
        assertTrue(wrong.getMessage().startsWith("Function 'nightly' takes schedule firings, but received a Cloud"
                + " Storage event"), wrong.getMessage());
        assertTrue(firings.isEmpty());
    }
}
