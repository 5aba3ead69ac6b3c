package io.portablefn.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.portablefn.api.Context;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.InvocationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A context made with a sink hands out a logger whose records name that context, trace included. */
class InvocationLoggerTest {

    private record Written(Severity severity, String message, Throwable failure, Context invocation) { }

    private final List<Written> written = new ArrayList<>();
    private final LogSink sink = (severity, message, failure, invocation) ->
            written.add(new Written(severity, message, failure, invocation));

    @Test
    void eachCallIsOneRecordAtItsLevel() {
        InvocationContext context = new InvocationContext(Provider.LOCAL, "inv-1", "fn", Instant.now(), sink);
        IllegalStateException boom = new IllegalStateException("boom");
        context.logger().info("i");
        context.logger().warn("w");
        context.logger().error("e");
        context.logger().error("f", boom);
        context.logger().error("g", null);

        assertEquals(List.of(Severity.INFO, Severity.WARN, Severity.ERROR, Severity.ERROR, Severity.ERROR),
                written.stream().map(Written::severity).toList());
        assertEquals(List.of("i", "w", "e", "f", "g"), written.stream().map(Written::message).toList());
        assertSame(boom, written.get(3).failure());
        assertNull(written.get(4).failure());
        written.forEach(record -> assertSame(context, record.invocation()));
    }

    @Test
    void aContinuedContextsRecordsCarryTheTraceItContinues() {
        TraceContext caller = TraceContext.of("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", true, null);
        InvocationContext fresh = new InvocationContext(Provider.AWS, () -> "req-1", "fn", Instant.now(), sink);
        InvocationContext continued = fresh.continuing(caller);

        continued.logger().info("hello");

        assertSame(continued, written.get(0).invocation());
        assertEquals(caller.traceId(), written.get(0).invocation().traceContext().traceId());
        assertEquals("req-1", written.get(0).invocation().invocationId());
    }

    @Test
    void aNullMessageIsWrittenAsNull() {
        new InvocationContext(Provider.LOCAL, "inv-1", "fn", Instant.now(), sink).logger().info(null);

        assertEquals("null", written.get(0).message());
    }
}
