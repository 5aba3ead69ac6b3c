package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.TraceContext;
import io.portablefn.testkit.fuzz.Fuzz;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any X-Cloud-Trace-Context, however mangled, gives a valid trace context or none, and never
 * throws; every valid context survives the round trip through Google's decimal span id.
 */
class CloudTraceContextFuzzTest {

    private static final String[] PARTS = {"4bf92f3577b34da6a3ce929d0e0e4736", "/", ";", "o=", "1", "0", "-",
        "18446744073709551615", "18446744073709551616", "67667974448284343", " ", "+", "x", "\u00e9"};

    @Test
    void mangledHeadersGiveAValidContextOrNone() {
        Fuzz.forAll(CloudTraceContextFuzzTest::header, header -> header, header -> {
            TraceContext trace = CloudTraceContext.parse(header);
            if (trace != null) {
                assertEquals(trace, TraceContext.parse(trace.traceparent(), null).orElseThrow());
            }
        });
    }

    @Test
    void everyValidContextSurvivesTheRoundTrip() {
        Fuzz.forAll(random -> TraceContext.fresh(), TraceContext::toString,
                trace -> assertEquals(trace, CloudTraceContext.parse(CloudTraceContext.format(trace))));
    }

    private static String header(SplittableRandom random) {
        StringBuilder header = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            header.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return header.toString();
    }
}
