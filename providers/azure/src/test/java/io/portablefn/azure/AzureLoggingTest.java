package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Context;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.azure.WorkerContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Records go through the worker's logger, one java.util.logging record per call, which the Java
 * worker sends to the host as one RpcLog with the invocation id, its level, and the record's
 * throwable as the RpcLog's exception with its stack trace (Azure/azure-functions-java-worker,
 * handler/RpcLogHandler.java). The message carries the function name, invocation id and trace id.
 */
class AzureLoggingTest {

    private final List<LogRecord> records = new ArrayList<>();

    private WorkerContext worker() {
        Logger logger = Logger.getLogger("azure-logging-" + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL); // as the worker sets its invocation loggers
        logger.addHandler(new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        });
        return new WorkerContext("3f1e9c1a-inv", "orders", logger);
    }

    @Test
    void aHandlerFailureIsOneSevereRecordCarryingTheThrowableAndTheInvocationsNames() {
        IllegalStateException boom = new IllegalStateException("no stock");
        AtomicReference<Context> seen = new AtomicReference<>();
        EventFunction failing = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
            seen.set(context);
            context.logger().info("line one\nline two");
            throw boom;
        });

        assertThrows(RuntimeException.class, () -> new AzureEventAdapter(failing)
                .storageQueue("{}".getBytes(StandardCharsets.UTF_8), "m-1", "1", null, worker()));

        assertEquals(2, records.size(), () -> records.stream().map(LogRecord::getMessage).toList().toString());
        String names = "function=orders invocation=3f1e9c1a-inv trace=" + seen.get().traceContext().traceId() + " ";
        LogRecord info = records.get(0);
        assertEquals(Level.INFO, info.getLevel());
        assertEquals(names + "line one\nline two", info.getMessage());
        assertNull(info.getThrown());
        LogRecord failure = records.get(1);
        assertEquals(Level.SEVERE, failure.getLevel());
        assertTrue(failure.getMessage().startsWith(names + "Message m-1 failed in function 'orders'"),
                failure.getMessage());
        assertSame(boom, failure.getThrown(), "the worker puts the throwable's stack trace in the RpcLog's exception");
        assertTrue(!failure.getMessage().contains("\tat "), "the stack trace is not in the message");
    }

    @Test
    void levelsAreJavaUtilLoggingsWhichTheWorkerMapsToTheHosts() {
        EventFunction logging = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
            context.logger().info("i");
            context.logger().warn("w");
            context.logger().error("e");
        });

        new AzureEventAdapter(logging).storageQueue("{}".getBytes(StandardCharsets.UTF_8), "m-1", "1", null, worker());

        assertEquals(List.of(Level.INFO, Level.WARNING, Level.SEVERE), records.stream().map(LogRecord::getLevel).toList());
    }
}
