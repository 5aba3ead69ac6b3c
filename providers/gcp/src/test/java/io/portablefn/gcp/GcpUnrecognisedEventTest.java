package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CloudEvent the function does not take is logged once, as a warning, by its attributes only. */
class GcpUnrecognisedEventTest {

    private static final String SECRET = "card-4111111111111111";

    @Test
    void aStorageEventSentToAQueueFunctionIsWarnedOnceWithItsShapeNotItsData() {
        TestEvents.Recorder recorder = new TestEvents.Recorder();
        CloudLog log = new CloudLog(null);
        GcpEventAdapter adapter = new GcpEventAdapter(recorder.queue(), "7", log.sink);
        String data = "{\"bucket\":\"b\",\"name\":\"" + SECRET + "\"}";

        assertThrows(Exception.class, () -> adapter.accept(TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-1",
                data)));

        List<JsonNode> records = log.records();
        assertEquals(1, records.size(), records::toString);
        JsonNode warning = records.get(0);
        String message = warning.get("message").asText();
        assertEquals("WARNING", warning.get("severity").asText());
        assertEquals("s-1", warning.get("logging.googleapis.com/labels").get("invocationId").asText());
        assertTrue(message.startsWith(recorder.queue().wrongEvent("a Cloud Storage event (CloudEvent type "
                + GcpCloudEvents.OBJECT_FINALIZED + ") with id s-1")), message);
        assertTrue(message.contains("data of " + data.length() + " bytes"), message);
        assertFalse(warning.toString().contains(SECRET), message);
    }
}
