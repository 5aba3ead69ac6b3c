package io.portablefn.conformance.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.WireRequest;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request the JDK's client cannot put on the wire is a target that cannot run, not a skip. */
class WireClientTest {

    @Test
    void aRawMalformedEscapeCannotBeSentAndSaysHowToExcludeTheTarget() {
        TargetCannotRun e = assertThrows(TargetCannotRun.class, () -> new WireClient("local", Set.of())
                .send(URI.create("http://127.0.0.1:9"), WireRequest.get("/echo/a%zz")));
        assertTrue(e.getMessage().startsWith("local cannot send") && e.getMessage().contains("\"notApplicable\""),
                e.getMessage());
    }
}
