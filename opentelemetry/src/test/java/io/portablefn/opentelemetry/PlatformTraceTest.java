package io.portablefn.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An invocation whose caller sent no trace context, but whose cloud gave its own: the Lambda
 * runtime's X-Ray header ({@code Sampled=0} whenever active tracing is off) or the Azure host's
 * activity. By default a root span linked to it; joined, a child that keeps its sampling decision.
 */
class PlatformTraceTest {

    // Lambda's runtime header with active tracing off: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0
    private static final TraceContext UNSAMPLED = TraceContext.of("5759e988bd862e3fe1be46a994272793",
            "53995c3f42cd8ad8", false, null);
    private static final TraceContext SAMPLED = TraceContext.of("5759e988bd862e3fe1be46a994272793",
            "53995c3f42cd8ad8", true, null);
    private static final TraceContext CALLER = TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", true, null);

    private final Spans spans = new Spans();
    private final AtomicReference<TraceContext> seen = new AtomicReference<>();

    @AfterEach
    void leaveTheDefault() {
        PortablefnTracing.joinPlatformTrace(false);
    }

    private InvocationContext invoke(TraceContext platform, TraceContext caller) {
        InvocationContext context = new InvocationContext(Provider.AWS, "req-1", "greet", Instant.now().plusSeconds(30),
                Spans.QUIET).inPlatformTrace(() -> platform).continuing(() -> caller);
        HttpResponse response = HttpFunction.raw("greet", 30, "/greet", EnumSet.of(HttpMethod.GET),
                (request, invocation) -> {
                    seen.set(invocation.traceContext());
                    return HttpResponse.noContent();
                }).observedBy(spans.observer).invoke(HttpRequest.builder().method("GET").path("/greet").build(), context);
        assertEquals(204, response.status());
        return context;
    }

    @Test
    void byDefaultAnUnsampledPlatformContextIsLinkedNotTheParent() {
        invoke(UNSAMPLED, null);
        SpanData span = spans.only();
        assertFalse(span.getParentSpanContext().isValid(), "a root span, not the platform's child");
        assertEquals(1, span.getLinks().size());
        assertEquals(UNSAMPLED.traceId(), span.getLinks().get(0).getSpanContext().getTraceId());
        assertEquals(UNSAMPLED.parentId(), span.getLinks().get(0).getSpanContext().getSpanId());
        assertEquals(span.getTraceId(), seen.get().traceId(), "the function's trace is the span's");
        assertEquals(span.getSpanId(), seen.get().parentId());
    }

    @Test
    void joinedThePlatformContextIsTheParentAndItsSamplingDecisionIsKept() {
        PortablefnTracing.joinPlatformTrace(true);
        invoke(SAMPLED, null);
        SpanData span = spans.only();
        assertEquals(SAMPLED.traceId(), span.getTraceId());
        assertEquals(SAMPLED.parentId(), span.getParentSpanId());
        assertTrue(span.getLinks().isEmpty());
        assertEquals(SAMPLED, seen.get(), "the function stays in the platform's trace");

        spans.exporter.reset();
        invoke(UNSAMPLED, null);
        assertTrue(spans.finished().isEmpty(), "X-Ray did not sample it, so the parent-based sampler does not");
        assertEquals(UNSAMPLED, seen.get());
    }

    @Test
    void theCallersContextComesBeforeThePlatformsEitherWay() {
        for (boolean join : new boolean[] {false, true}) {
            PortablefnTracing.joinPlatformTrace(join);
            spans.exporter.reset();
            invoke(UNSAMPLED, CALLER);
            SpanData span = spans.only();
            assertEquals(CALLER.traceId(), span.getTraceId());
            assertEquals(CALLER.parentId(), span.getParentSpanId());
            assertTrue(span.getLinks().isEmpty(), "no platform context was used");
            assertEquals(CALLER, seen.get());
        }
    }
}
