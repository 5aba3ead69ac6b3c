package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CloudEvent the function does not take is logged once, as a warning, by its attributes only. */
class GcpUnrecognisedEventTest {

    private static final String SECRET = "card-4111111111111111";

    private final Logger portablefn = Logger.getLogger("portablefn");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord record) { records.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void listen() {
        portablefn.addHandler(capture);
    }

    @AfterEach
    void stop() {
        portablefn.removeHandler(capture);
    }

    @Test
    void aStorageEventSentToAQueueFunctionIsWarnedOnceWithItsShapeNotItsData() {
        TestEvents.Recorder recorder = new TestEvents.Recorder();
        GcpEventAdapter adapter = new GcpEventAdapter(recorder.queue(), "7");
        String data = "{\"bucket\":\"b\",\"name\":\"" + SECRET + "\"}";

        assertThrows(Exception.class, () -> adapter.accept(TestEvents.storage(GcpCloudEvents.OBJECT_FINALIZED, "s-1",
                data)));

        assertEquals(1, records.size(), () -> records.stream().map(LogRecord::getMessage).toList().toString());
        LogRecord warning = records.get(0);
        assertEquals(Level.WARNING, warning.getLevel());
        assertTrue(warning.getMessage().startsWith(recorder.queue().wrongEvent("a Cloud Storage event (CloudEvent type "
                + GcpCloudEvents.OBJECT_FINALIZED + ") with id s-1")), warning.getMessage());
        assertTrue(warning.getMessage().contains("data of " + data.length() + " bytes"), warning.getMessage());
        assertFalse(warning.getMessage().contains(SECRET), warning.getMessage());
    }
}
