package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.azure.WorkerContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Blob Storage events through the Event Grid trigger, in both schemas, and their outcomes. */
class AzureEventGridTest {

    private final List<StorageEvent> seen = new ArrayList<>();

    private AzureEventAdapter adapter(Set<StorageEvent.Kind> wanted) {
        return new AzureEventAdapter(EventFunction.storage("thumbs", 30, wanted, (event, context) -> {
            seen.add(event);
            if (event.key().startsWith("fail")) {
                throw new IllegalStateException("handler's own words");
            }
        }));
    }

    private static WorkerContext context() {
        return new WorkerContext("inv-1", "thumbs", Logger.getLogger("test"));
    }

    // Our own events, shaped as Blob Storage sends them (docs: event-schema-blob-storage).
    private static String eventGrid(String id, String type, String name, String url, String extra) {
        return "{\"id\":\"" + id + "\",\"eventType\":\"" + type + "\","
                + "\"subject\":\"/blobServices/default/containers/uploads/blobs/" + name + "\","
                + "\"eventTime\":\"2025-03-04T05:06:07.1234567Z\",\"topic\":\"/subscriptions/s/x\","
                + "\"data\":{\"api\":\"PutBlob\",\"url\":\"" + url + "\"" + extra + "},"
                + "\"dataVersion\":\"\",\"metadataVersion\":\"1\"}";
    }

    private static final String CREATED_DATA = ",\"eTag\":\"\\\"0x8D1\\\"\",\"contentType\":\"image/png\","
            + "\"contentLength\":2048,\"blobType\":\"BlockBlob\"";

    @Test
    void aBlobCreatedEventInTheEventGridSchema() {
        adapter(Set.of(StorageEvent.Kind.CREATED)).eventGrid(eventGrid("e-1", EventGridEvents.CREATED, "photos/cat 1+2.png",
                "https://acct.blob.core.windows.net/uploads/photos/cat%201+2.png", CREATED_DATA), context());
        StorageEvent event = seen.get(0);
        assertEquals("e-1", event.id());
        assertEquals(StorageEvent.Kind.CREATED, event.kind());
        assertEquals("uploads", event.bucket());
        assertEquals("photos/cat 1+2.png", event.key(), "%20 decoded, + kept");
        assertEquals(OptionalLong.of(2048), event.size());
        assertEquals(Optional.of("0x8D1"), event.etag(), "quotes stripped");
        assertEquals(Optional.of("image/png"), event.contentType());
        assertEquals(Instant.parse("2025-03-04T05:06:07.1234567Z"), event.eventTime());
        assertTrue(event.version().isEmpty());
    }

    @Test
    void aBlobDeletedEventInTheCloudEventsSchema() {
        String cloudEvent = "{\"specversion\":\"1.0\",\"id\":\"e-2\",\"type\":\"Microsoft.Storage.BlobDeleted\","
                + "\"source\":\"/subscriptions/s\",\"subject\":\"blobServices/default/containers/uploads/blobs/a.txt\","
                + "\"time\":\"2025-03-04T05:06:07Z\",\"data\":{\"api\":\"DeleteBlob\",\"contentType\":\"text/plain\","
                + "\"url\":\"https://acct.blob.core.windows.net/uploads/a.txt\"}}";
        adapter(Set.of(StorageEvent.Kind.DELETED)).eventGrid(cloudEvent, context());
        StorageEvent event = seen.get(0);
        assertEquals(StorageEvent.Kind.DELETED, event.kind());
        assertEquals("uploads/a.txt", event.bucket() + "/" + event.key());
        assertTrue(event.size().isEmpty());
        assertTrue(event.etag().isEmpty());
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), event.eventTime());
    }

    @Test
    void theBlobNameComesFromTheUrlThenTheSubject() {
        assertEquals(new BlobLocations.Location("c", "a b/100%.txt"), BlobLocations.of(
                "/blobServices/default/containers/c/blobs/a b/100%.txt", "https://h/c/a%20b/100%25.txt?sv=1"));
        // Path-style endpoints (Azurite) put the account first.
        assertEquals(new BlobLocations.Location("c", "x y"),
                BlobLocations.of("/blobServices/default/containers/c/blobs/x y", "http://127.0.0.1:10000/devstore/c/x%20y"));
        assertEquals(new BlobLocations.Location("c", "x%zz"),
                BlobLocations.of("/blobServices/default/containers/c/blobs/x%zz", "https://h/c/x%zz"), "bad escape");
        assertEquals(new BlobLocations.Location("c", "n"), BlobLocations.of(null, "https://h/c/n"));
        assertEquals(new BlobLocations.Location("c", "é"), BlobLocations.of("/blobServices/default/containers/c/blobs/é", null));
        assertNull(BlobLocations.of("/subscriptions/x", "not a url"));
        assertEquals("\uD83D\uDE00 +", BlobLocations.decode("\uD83D\uDE00%20+"));
        assertNull(BlobLocations.decode("%C3%28"), "not UTF-8");
    }

    @Test
    void unwantedKindsAndOtherStorageEventsAreAcknowledgedUnseen() {
        AzureEventAdapter createdOnly = adapter(Set.of(StorageEvent.Kind.CREATED));
        createdOnly.eventGrid(eventGrid("e-3", EventGridEvents.DELETED, "a", "https://h/uploads/a", ""), context());
        createdOnly.eventGrid(eventGrid("e-4", "Microsoft.Storage.BlobTierChanged", "a", "https://h/uploads/a", ""),
                context());
        assertTrue(seen.isEmpty(), seen::toString);
    }

    @Test
    void aFailedEventThrowsNamingItsId() {
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter(Set.of(StorageEvent.Kind.CREATED))
                .eventGrid("[" + eventGrid("e-5", EventGridEvents.CREATED, "ok", "https://h/uploads/ok", "") + ","
                        + eventGrid("e-6", EventGridEvents.CREATED, "fail", "https://h/uploads/fail", "") + "]", context()));
        assertEquals(2, seen.size(), "both events of the array were handed over");
        assertTrue(failure.getMessage().startsWith("Function 'thumbs' did not complete event(s) 'e-6'; Event Grid"),
                failure::getMessage);
        assertFalse(failure.getMessage().contains("handler's own words"));
    }

    @Test
    void anEventFromAnotherSourceIsTheWrongEvent() {
        EventFunction function = EventFunction.storage("thumbs", 30, Set.of(StorageEvent.Kind.CREATED), (e, c) -> { });
        String serviceBus = "{\"id\":\"x-1\",\"eventType\":\"Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners\","
                + "\"subject\":\"topics/t\",\"eventTime\":\"2025-01-01T00:00:00Z\",\"data\":{}}";
        EventFailure failure = assertThrows(EventFailure.class,
                () -> new AzureEventAdapter(function).eventGrid(serviceBus, context()));
        assertEquals(function.wrongEvent("an Event Grid event of type"
                + " 'Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners' (id 'x-1')"), failure.getMessage());
    }

    @Test
    void anUndecodableEventFailsWithTheProblem() {
        AzureEventAdapter adapter = adapter(Set.of(StorageEvent.Kind.CREATED));
        String noData = "{\"id\":\"e-7\",\"eventType\":\"Microsoft.Storage.BlobCreated\",\"eventTime\":\"2025-01-01T00:00:00Z\"}";
        assertTrue(assertThrows(EventFailure.class, () -> adapter.eventGrid(noData, context())).getMessage()
                .contains("'e-7'"));
        String noTime = eventGrid("e-8", EventGridEvents.CREATED, "a", "https://h/uploads/a", "").replace("eventTime", "when");
        assertTrue(assertThrows(EventFailure.class, () -> adapter.eventGrid(noTime, context())).getMessage()
                .contains("'e-8'"));
        assertEquals("Function 'thumbs' cannot decode an Event Grid delivery: the Event Grid trigger value is not a JSON"
                        + " event; Event Grid delivers the event again as the subscription's retry policy says, then"
                        + " dead-letters or drops it.",
                assertThrows(EventFailure.class, () -> adapter.eventGrid("not json", context())).getMessage());
        assertTrue(seen.isEmpty());
    }
}
