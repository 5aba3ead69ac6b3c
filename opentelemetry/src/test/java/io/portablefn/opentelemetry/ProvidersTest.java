package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.CLOUD_PROVIDER;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_INVOCATION_ID;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_NAME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TRIGGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.portablefn.api.Provider;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.Targets;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every provider gets the span without code of its own: {@link Traced}, as the processor generated
 * it, called through each in-process target of the conformance suite (each AWS front door, Azure,
 * GCP, the local server) as that cloud calls it, with the cloud's own trace context where it
 * gives one (Lambda's runtime header with active tracing off, the Azure host's activity). The targets on AWS's runtime client and Google's
 * invoker run the function in a JVM of their own, whose spans this test cannot see.
 */
class ProvidersTest {

    private static final Spans SPANS = new Spans();
    private static final List<Target> TARGETS = new ArrayList<>();

    @BeforeAll
    static void chooseTheTestSdk() {
        PortablefnTracing.use(SPANS.sdk);
        Targets.all().forEach(TARGETS::add);
    }

    @AfterAll
    static void restore() throws Exception {
        PortablefnTracing.useGlobal();
        for (Target target : TARGETS) {
            target.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> oneServerSpanPerInvocationOnEveryInProcessTarget() {
        List<Target> inProcess = TARGETS.stream()
                .filter(t -> !t.name().contains("ric") && !t.name().contains("invoker")).toList();
        assertTrue(inProcess.size() >= 4, "in-process targets: " + inProcess.stream().map(Target::name).toList());
        return inProcess.stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> check(target)));
    }

    private static void check(Target target) throws Exception {
        SPANS.exporter.reset();
        WireResponse response = target.send(Traced.class, WireRequest.get("/traced"));
        assertEquals(200, response.status(), response::toString);
        String[] seen = response.bodyAsString().split(" ");
        SpanData span = SPANS.only();
        assertEquals("traced", span.getName());
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals("http", span.getAttributes().get(FAAS_TRIGGER));
        assertEquals("traced", span.getAttributes().get(FAAS_NAME));
        assertEquals(seen[0], span.getAttributes().get(FAAS_INVOCATION_ID), "the id the function saw");
        assertFalse(seen[0].isBlank());
        assertEquals(InvocationSpans.cloudProvider(target.provider()), span.getAttributes().get(CLOUD_PROVIDER));
        assertEquals(span.getTraceId(), seen[1], "the span was current in the handler");
        assertEquals(span.getSpanId(), seen[2], "the span was current in the handler");
        assertEquals(span.getTraceId(), seen[3], "the function's trace context is the span's trace");
        // No caller sent a trace: the span is a root. Lambda's runtime header (Sampled=0, active
        // tracing off) and the Azure host's activity are the platform's own, linked, not parents.
        assertFalse(span.getParentSpanContext().isValid(), "a root span");
        boolean platformContext = target.provider() == Provider.AWS || target.provider() == Provider.AZURE;
        assertEquals(platformContext ? 1 : 0, span.getLinks().size(), "links to the cloud's own context");
    }
}
