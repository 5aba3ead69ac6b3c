package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.TraceContext;
import io.portablefn.testkit.fuzz.Fuzz;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any X-Ray header, however mangled, gives a valid trace context or none, and never throws (a bad
 * trace header must never fail an invocation); a valid context survives the round trip.
 */
class XRayTraceHeaderFuzzTest {

    private static final String[] PARTS = {"Root=", "Parent=", "Sampled=", "Self=", "Lineage=", "1-", "-", ";", " ",
        "=", "5759e988", "bd862e3fe1be46a994272793", "53995c3f42cd8ad8", "0", "1", "?", "Z", "\u00e9", "0000000000000000"};

    @Test
    void mangledHeadersGiveAValidContextOrNone() {
        Fuzz.forAll(XRayTraceHeaderFuzzTest::header, header -> header, header -> {
            TraceContext trace = XRayTraceHeader.parse(header);
            if (trace != null) {
                assertEquals(trace, TraceContext.parse(trace.traceparent(), null).orElseThrow());
            }
        });
    }

    @Test
    void everyValidContextSurvivesTheRoundTrip() {
        Fuzz.forAll(random -> TraceContext.fresh(), TraceContext::toString, trace -> {
            TraceContext sampled = TraceContext.of(trace.traceId(), trace.parentId(), true, null);
            assertEquals(sampled, XRayTraceHeader.parse(XRayTraceHeader.format(sampled)));
            assertEquals(trace, XRayTraceHeader.parse(XRayTraceHeader.format(trace)));
        });
    }

    private static String header(SplittableRandom random) {
        StringBuilder header = new StringBuilder();
        int parts = random.nextInt(12);
        for (int i = 0; i < parts; i++) {
            header.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return header.toString();
    }
}
