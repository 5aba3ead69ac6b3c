package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.api.TraceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How an invocation continues the trace its provider read, and a batch each message's own. */
class TraceContinuationTest {

    private static final TraceContext CALLER = TraceContext.parse(
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "congo=t61rcWkgMzE").orElseThrow();

    private final InvocationContext invocation = TestContexts.context(new TestContexts.RecordingLogger());

    @Test
    void theCarrierIsReadOnFirstUseOnlyAndOnce() {
        AtomicInteger reads = new AtomicInteger();
        InvocationContext context = invocation.continuing(() -> {
            reads.incrementAndGet();
            return CALLER;
        });
        assertEquals(0, reads.get());
        assertSame(CALLER, context.traceContext());
        assertSame(CALLER, context.traceContext());
        assertEquals(1, reads.get());
    }

    @Test
    void noCarrierOrABrokenOneGivesAFreshContextThatStays() {
        InvocationContext none = invocation.continuing(() -> null);
        TraceContext fresh = none.traceContext();
        assertEquals(fresh, none.traceContext());
        assertNotEquals(CALLER.traceId(), fresh.traceId());
        InvocationContext broken = invocation.continuing(() -> {
            throw new IllegalStateException("a header nobody can read");
        });
        assertEquals(TraceContext.parse(broken.traceContext().traceparent(), null).orElseThrow(),
                broken.traceContext());
    }

    @Test
    void eachMessageOfABatchContinuesItsOwnTrace() {
        List<String> seen = new ArrayList<>();
        EventFunction function = EventFunction.messages("fn", 30, EventFunction.Kind.QUEUE,
                (Message message, Context context) -> seen.add(message.id() + " " + context.traceContext().traceId()));
        Message first = Message.builder().id("m-1").body("a").build();
        Message second = Message.builder().id("m-2").body("b").build();
        TraceContext other = TraceContext.of("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", false, null);
        Map<String, TraceContext> traces = Map.of("m-1", CALLER, "m-2", other);
        List<String> failed = function.deliverAll(List.of(first, second), invocation,
                message -> invocation.continuing(traces.get(message.id())));
        assertEquals(List.of(), failed);
        assertEquals(List.of("m-1 " + CALLER.traceId(), "m-2 " + other.traceId()), seen);
    }
}
