package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.CLOUD_PROVIDER;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TRIGGER;
import static io.portablefn.opentelemetry.FaasAttributes.MESSAGING_MESSAGE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.portablefn.api.Provider;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Queue messages on every in-process event target of the conformance suite (AWS's SQS batch,
 * Azure, Google Cloud, the local server): one CONSUMER span per message, current while the
 * handler runs, the failed message's span an error. The targets on AWS's runtime client and
 * Google's invoker run the function in a JVM of their own, whose spans this test cannot see.
 */
class ProviderEventsTest {

    private static final Spans SPANS = new Spans();
    private static final List<EventTarget> TARGETS = new ArrayList<>();

    @BeforeAll
    static void chooseTheTestSdk() {
        PortablefnTracing.use(SPANS.sdk);
        TARGETS.addAll(EventTargets.all());
    }

    @AfterAll
    static void restore() {
        PortablefnTracing.useGlobal();
        EventTargets.closeQuietly(TARGETS);
    }

    @TestFactory
    Stream<DynamicTest> oneConsumerSpanPerMessageOnEveryInProcessTarget() {
        List<EventTarget> inProcess = TARGETS.stream()
                .filter(t -> !t.name().contains("ric") && !t.name().contains("invoker")).toList();
        assertEquals(List.of("aws", "azure", "gcp", "local"), inProcess.stream().map(EventTarget::name).toList());
        return inProcess.stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> check(target)));
    }

    private static void check(EventTarget target) throws Exception {
        SPANS.exporter.reset();
        TracedQueue.CURRENT_SPAN_IDS.clear();
        target.deliver(TracedQueue.class, new WireEvent.Messages(List.of(message("m-ok", "fine"),
                message("m-fail", "fail"))));
        List<SpanData> spans = SPANS.finished().stream().filter(s -> s.getName().equals("traced-queue")).toList();
        assertFalse(spans.isEmpty(), "no span on " + target.name());
        String provider = InvocationSpans.cloudProvider(Provider.valueOf(target.name().toUpperCase(Locale.ROOT)));
        for (SpanData span : spans) {
            String id = span.getAttributes().get(MESSAGING_MESSAGE_ID);
            assertEquals(SpanKind.CONSUMER, span.getKind());
            assertEquals("pubsub", span.getAttributes().get(FAAS_TRIGGER));
            assertEquals(provider, span.getAttributes().get(CLOUD_PROVIDER));
            assertEquals(id.equals("m-fail") ? StatusCode.ERROR : StatusCode.UNSET,
                    span.getStatus().getStatusCode(), id);
            // The messages carry no trace: a root span each, not a child of the cloud's own context.
            assertFalse(span.getParentSpanContext().isValid(), id + " has a parent");
        }
        // A failed message may be delivered again (Azure retries in place); the last handling of
        // each message ran inside its own span.
        for (String id : List.of("m-ok", "m-fail")) {
            List<String> spanIds = spans.stream().filter(s -> id.equals(s.getAttributes().get(MESSAGING_MESSAGE_ID)))
                    .map(SpanData::getSpanId).toList();
            assertFalse(spanIds.isEmpty(), "no span for " + id);
            assertTrue(spanIds.contains(TracedQueue.CURRENT_SPAN_IDS.get(id)),
                    "the span current while " + id + " was handled is not among its spans " + spanIds);
        }
    }

    private static WireMessage message(String id, String body) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), null, null, null, null);
    }
}
