package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portablefn.api.StorageEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The legacy decoder on what Google's samples do not cover; the samples are in GcpRealEventsTest. */
class GcpLegacyEventsTest {

    private static GcpEvent decode(String json) throws UndecodableEvent {
        return GcpLegacyEvents.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anObjectChangeThatExistsIsACreation() throws Exception {
        GcpEvent event = decode("{\"eventId\":\"e-1\",\"eventType\":\"providers/cloud.storage/eventTypes/object.change\","
                + "\"resource\":\"projects/_/buckets/b/objects/dir/f.txt#12\",\"timestamp\":\"2020-05-18T09:07:51.799Z\","
                + "\"data\":{\"resourceState\":\"exists\",\"size\":\"3\"}}");
        StorageEvent object = ((GcpEvent.ObjectChanged) event).event();
        assertEquals(StorageEvent.Kind.CREATED, object.kind());
        assertEquals("b", object.bucket(), "from the resource name");
        assertEquals("dir/f.txt", object.key(), "from the resource name, without #generation");
    }

    @Test
    void archivingAndMetadataChangesAreNeitherCreationNorDeletion() throws Exception {
        for (String type : new String[] {"google.storage.object.archive", "google.storage.object.metadataUpdate"}) {
            assertEquals(new GcpEvent.ObjectOther("e-1", type), decode("{\"context\":{\"eventId\":\"e-1\",\"eventType\":\""
                    + type + "\",\"timestamp\":\"2020-05-18T09:07:51.799Z\"},\"data\":{}}"));
        }
    }

    @Test
    void otherEventsAndBrokenOnesAreRefusedWithTheReason() {
        assertEquals("its type 'providers/cloud.firestore/eventTypes/document.write' is neither a Pub/Sub nor a Cloud"
                + " Storage event", assertThrows(UndecodableEvent.class, () -> decode("{\"eventId\":\"e-1\",\"eventType\":"
                + "\"providers/cloud.firestore/eventTypes/document.write\",\"data\":{}}")).problem());
        assertEquals("it has no 'eventId' or no 'eventType'",
                assertThrows(UndecodableEvent.class, () -> decode("{\"data\":{}}")).problem());
        assertEquals("it has no 'data' object", assertThrows(UndecodableEvent.class,
                () -> decode("{\"eventId\":\"e-1\",\"eventType\":\"google.pubsub.topic.publish\"}")).problem());
        assertEquals("the event is not valid JSON", assertThrows(UndecodableEvent.class, () -> decode("{")).problem());
    }
}
