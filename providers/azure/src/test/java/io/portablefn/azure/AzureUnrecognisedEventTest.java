package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.azure.WorkerContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** An event the function does not take is logged once, as a warning, naming what came, not its payload. */
class AzureUnrecognisedEventTest {

    private final List<LogRecord> records = new ArrayList<>();

    private WorkerContext context() {
        Logger logger = Logger.getLogger("azure-unrecognised-" + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        });
        return new WorkerContext("inv-1", "fn", logger);
    }

    private void assertOneWarning(String expected) {
        assertEquals(1, records.size(), () -> records.stream().map(LogRecord::getMessage).toList().toString());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        // Every record starts with the invocation's names (AzureLoggingTest checks them).
        assertTrue(records.get(0).getMessage().matches("function=\\S+ invocation=inv-1 trace=[0-9a-f]{32} "
                + java.util.regex.Pattern.quote(expected)), records.get(0).getMessage());
    }

    @Test
    void aQueueMessageToAStorageFunctionIsWarnedOnce() {
        EventFunction storage = EventFunction.storage("uploads", 30, Set.of(io.portablefn.api.StorageEvent.Kind.CREATED),
                (event, context) -> { });
        EventFailure failure = assertThrows(EventFailure.class, () -> new AzureEventAdapter(storage)
                .storageQueue("secret payload".getBytes(StandardCharsets.UTF_8), "m-1", "1", null, context()));
        assertOneWarning(failure.getMessage());
        assertEquals(storage.wrongEvent("a Storage queue message"), failure.getMessage());
    }

    @Test
    void aForeignEventGridEventToAStorageFunctionIsWarnedWithItsTypeAndId() {
        EventFunction storage = EventFunction.storage("uploads", 30, Set.of(io.portablefn.api.StorageEvent.Kind.CREATED),
                (event, context) -> { });
        String foreign = "{\"id\":\"x-1\",\"eventType\":\"Contoso.Items.ItemReceived\",\"subject\":\"s\","
                + "\"eventTime\":\"2025-01-01T00:00:00Z\",\"data\":{\"secret\":\"payload\"}}";
        assertThrows(EventFailure.class, () -> new AzureEventAdapter(storage).eventGrid(foreign, context()));
        assertOneWarning(storage.wrongEvent("an Event Grid event of type 'Contoso.Items.ItemReceived' (id 'x-1')"));
    }

    @Test
    void aTimerFiringToAQueueFunctionIsWarnedOnce() {
        EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (m, c) -> { });
        assertThrows(EventFailure.class, () -> new AzureEventAdapter(queue).timer("{}", context()));
        assertOneWarning(queue.wrongEvent("a timer firing"));
    }
}
