package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.HttpFunction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server continues the traceparent a request carries, and starts a trace without one. */
class LocalTraceTest {

    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static LocalServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = LocalServer.start(0, List.of(HttpFunction.raw("trace", 30, "/trace", Set.of(HttpMethod.GET),
                (request, context) -> HttpResponse.ok().text(context.traceContext().toString()))), Map.of(),
                ServerSettings.DEFAULT_MAX_BODY_BYTES, System.err, Clock.systemUTC(), null);
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String trace(String... headers) throws Exception {
        var request = client.request("GET", "/trace", null);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.sendForText(request).body();
    }

    @Test
    void theCallersTraceparentAndTracestateAreContinued() throws Exception {
        assertEquals(CALLER + " congo=t61rcWkgMzE", trace("traceparent", CALLER, "tracestate", "congo=t61rcWkgMzE"));
    }

    @Test
    void withoutAValidOneEachRequestStartsItsOwnTrace() throws Exception {
        String first = trace();
        String second = trace("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01");
        assertTrue(TraceContext.parse(first, null).isPresent(), first);
        assertTrue(TraceContext.parse(second, null).isPresent(), second);
        assertNotEquals(first, second);
    }
}
