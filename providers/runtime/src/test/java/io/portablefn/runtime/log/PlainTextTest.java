package io.portablefn.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.InvocationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The plain-text record, and the two sinks that write it: local readable lines and java.util.logging. */
class PlainTextTest {

    private static final TraceContext TRACE =
            TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", false, null);
    private static final String NAMES = "function=greet invocation=inv-9 trace=4bf92f3577b34da6a3ce929d0e0e4736 ";

    private static InvocationContext invocation(LogSink sink) {
        return new InvocationContext(Provider.LOCAL, "inv-9", "greet", Instant.now(), sink).continuing(TRACE);
    }

    @Test
    void theInvocationsNamesComeFirstAndTheStackTraceLast() {
        InvocationContext context = invocation((s, m, f, i) -> { });

        assertEquals(NAMES + "hello", PlainText.of("hello", null, context));
        String failed = PlainText.of("failed", new IllegalStateException("boom", new IOException("gone")), context);
        assertTrue(failed.startsWith(NAMES + "failed\njava.lang.IllegalStateException: boom\n\tat "), failed);
        assertTrue(failed.contains("\nCaused by: java.io.IOException: gone"), failed);
        assertFalse(failed.endsWith("\n"), "the sink ends the record");
    }

    @Test
    void aLocalRecordIsOneLineWithItsFollowingLinesIndented() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InvocationContext context = invocation(new ReadableLog(new PrintStream(bytes, true, StandardCharsets.UTF_8)));

        context.logger().warn("two\nlines");
        context.logger().error("failed", new IllegalStateException("boom"));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].matches("\\S+Z WARN  " + NAMES + "two"), lines[0]);
        Instant.parse(lines[0].substring(0, lines[0].indexOf(' ')));
        assertEquals("    lines", lines[1]);
        assertTrue(lines[2].matches("\\S+Z ERROR " + NAMES + "failed"), lines[2]);
        assertEquals("    java.lang.IllegalStateException: boom", lines[3]);
        for (int i = 4; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("    \tat "), lines[i]);
        }
    }

    @Test
    void aJavaUtilLoggingRecordCarriesTheThrowableApartAndHonoursTheLoggersLevel() {
        Logger logger = Logger.getLogger("plain-text-" + System.nanoTime());
        logger.setUseParentHandlers(false);
        java.util.List<LogRecord> records = new java.util.ArrayList<>();
        logger.addHandler(new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        });
        logger.setLevel(Level.WARNING);
        InvocationContext context = invocation(new JulLog(logger));
        IllegalStateException boom = new IllegalStateException("boom");

        context.logger().info("dropped");
        context.logger().error("failed", boom);

        assertEquals(1, records.size());
        assertEquals(Level.SEVERE, records.get(0).getLevel());
        assertEquals(NAMES + "failed", records.get(0).getMessage());
        assertEquals(boom, records.get(0).getThrown());
    }
}
