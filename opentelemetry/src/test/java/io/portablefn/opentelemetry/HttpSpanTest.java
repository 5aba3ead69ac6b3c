package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.CLOUD_PROVIDER;
import static io.portablefn.opentelemetry.FaasAttributes.ERROR_TYPE;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_COLDSTART;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_INVOCATION_ID;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_NAME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TRIGGER;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_REQUEST_METHOD;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_RESPONSE_STATUS_CODE;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_ROUTE;
import static io.portablefn.opentelemetry.FaasAttributes.URL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.HttpFunction;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The span of an HTTP invocation: attributes, parent, current-ness and errors. */
class HttpSpanTest {

    private static final TraceContext CALLER = TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", true, "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");

    private final Spans spans = new Spans();

    private HttpResponse invoke(HttpHandler handler, Provider provider, String invocationId, TraceContext caller) {
        return HttpFunction.raw("greet", 30, "/items/{id}", EnumSet.of(HttpMethod.GET), handler)
                .observedBy(spans.observer)
                .invoke(HttpRequest.builder().method("GET").path("/items/7").build(),
                        Spans.context(provider, invocationId, caller));
    }

    @Test
    void oneServerSpanWithTheFaasAttributesAsAChildOfTheCaller() {
        assertEquals(200, invoke((request, context) -> HttpResponse.ok().text("hi"), Provider.AWS, "req-1", CALLER)
                .status());
        SpanData span = spans.only();
        assertEquals("greet", span.getName());
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals("http", span.getAttributes().get(FAAS_TRIGGER));
        assertEquals("req-1", span.getAttributes().get(FAAS_INVOCATION_ID));
        assertEquals("greet", span.getAttributes().get(FAAS_NAME));
        assertEquals("aws", span.getAttributes().get(CLOUD_PROVIDER));
        assertEquals("GET", span.getAttributes().get(HTTP_REQUEST_METHOD));
        assertEquals("/items/7", span.getAttributes().get(URL_PATH));
        assertEquals("/items/{id}", span.getAttributes().get(HTTP_ROUTE));
        assertEquals(200L, span.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());

        assertEquals(CALLER.traceId(), span.getTraceId());
        assertEquals(CALLER.parentId(), span.getParentSpanId());
        assertTrue(span.getParentSpanContext().isRemote(), "the parent is the caller's, a remote span");
        assertEquals("00f067aa0ba902b7", span.getSpanContext().getTraceState().get("rojo"));
        assertEquals("t61rcWkgMzE", span.getSpanContext().getTraceState().get("congo"));
        assertTrue(span.hasEnded());
    }

    @Test
    void onlyTheFirstInvocationInTheJvmIsTheColdStart() {
        for (String id : new String[] {"req-1", "req-2", "req-3"}) {
            invoke((request, context) -> HttpResponse.noContent(), Provider.GCP, id, CALLER);
        }
        assertEquals(java.util.List.of(true, false, false),
                spans.finished().stream().map(s -> s.getAttributes().get(FAAS_COLDSTART)).toList());
    }

    @Test
    void eachProviderIsNamedAsTheConventionsSayAndTheLocalServerIsNoCloud() {
        for (Provider provider : Provider.values()) {
            invoke((request, context) -> HttpResponse.noContent(), provider, provider.name(), CALLER);
        }
        assertEquals(java.util.Arrays.asList("aws", "azure", "gcp", null),
                spans.finished().stream().map(s -> s.getAttributes().get(CLOUD_PROVIDER)).toList());
    }

    @Test
    void theSpanIsCurrentWhileTheHandlerRunsAndOnlyThen() {
        AtomicReference<SpanContext> current = new AtomicReference<>();
        AtomicReference<String> childParent = new AtomicReference<>();
        invoke((request, context) -> {
            current.set(Span.current().getSpanContext());
            Span child = spans.sdk.getTracer("test").spanBuilder("lookup").startSpan();
            childParent.set(((io.opentelemetry.sdk.trace.ReadableSpan) child).toSpanData().getParentSpanId());
            child.end();
            return HttpResponse.noContent();
        }, Provider.AZURE, "inv", CALLER);
        SpanData span = spans.finished().stream().filter(s -> s.getName().equals("greet")).findFirst().orElseThrow();
        assertEquals(span.getSpanContext(), current.get());
        assertEquals(span.getSpanId(), childParent.get(), "a span the handler starts is the invocation's child");
        assertFalse(Span.current().getSpanContext().isValid(), "the scope was closed after the handler");
    }

    @Test
    void aThrowIsAnErrorWithTheExceptionRecorded() {
        IllegalStateException boom = new IllegalStateException("database down");
        assertEquals(500, invoke((request, context) -> { throw boom; }, Provider.AWS, "inv", CALLER).status());
        SpanData span = spans.only();
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals(500L, span.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
        assertEquals(IllegalStateException.class.getName(), span.getAttributes().get(ERROR_TYPE));
        EventData exception = span.getEvents().get(0);
        assertEquals("exception", exception.getName());
        assertEquals(IllegalStateException.class.getName(),
                exception.getAttributes().get(AttributeKey.stringKey("exception.type")));
        assertEquals("database down", exception.getAttributes().get(AttributeKey.stringKey("exception.message")));
        assertTrue(span.hasEnded());
    }

    @Test
    void aDeclaredClientErrorIsNotTheServersError() {
        assertEquals(404, invoke((request, context) -> { throw new HttpException(404, "no item 7"); },
                Provider.AWS, "inv", CALLER).status());
        SpanData span = spans.only();
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
        assertEquals(404L, span.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
        assertNull(span.getAttributes().get(ERROR_TYPE));
        assertTrue(span.getEvents().isEmpty());
    }

    @Test
    void aCallerThatDidNotSampleIsObeyed() {
        invoke((request, context) -> HttpResponse.noContent(), Provider.AWS, "inv",
                TraceContext.of(CALLER.traceId(), CALLER.parentId(), false, null));
        assertEquals(0, spans.finished().size(), "the default sampler follows a remote parent's decision");
    }

    @Test
    void withoutACallerTheSpanStartsTheTraceAndTheFunctionContinuesIt() {
        AtomicReference<TraceContext> seen = new AtomicReference<>();
        invoke((request, context) -> {
            seen.set(context.traceContext());
            return HttpResponse.noContent();
        }, Provider.LOCAL, "inv", null);
        SpanData span = spans.only();
        assertFalse(span.getParentSpanContext().isValid(), "a root span: nobody called with a trace");
        assertEquals(span.getTraceId(), seen.get().traceId());
        assertEquals(span.getSpanId(), seen.get().parentId(), "what the function passes on names this span");
        assertTrue(seen.get().sampled());
    }
}
