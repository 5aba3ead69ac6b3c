package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.azure.WorkerContext;
import io.portablefn.testkit.azure.WorkerRequest;
import io.portablefn.testkit.azure.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Which Azure carrier an invocation continues: the caller's traceparent header, else the host's. */
class AzureTraceTest {

    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    /** The host's activity: the caller's trace, the host's own span. */
    private static final String HOST = "00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01";

    private final AzureHttpAdapter http = new AzureHttpAdapter(HttpFunction.raw("trace", 30, "/trace",
            EnumSet.allOf(HttpMethod.class), (request, context) -> HttpResponse.ok().text(context.traceContext().toString())));

    private String overHttp(Map<String, String> headers, WorkerContext context) {
        WorkerResponse response = (WorkerResponse) http.handle(new WorkerRequest<>("GET", "https://app.net/api/trace",
                headers, Map.of(), Optional.empty()), context);
        return new String((byte[]) response.getBody(), StandardCharsets.UTF_8);
    }

    private static WorkerContext host(String traceparent, String tracestate) {
        return new WorkerContext("inv-1", "trace", Logger.getLogger("test"), traceparent, tracestate);
    }

    @Test
    void httpTakesTheCallersHeaderFirst() {
        assertEquals(CALLER + " congo=t61rcWkgMzE",
                overHttp(Map.of("traceparent", CALLER, "tracestate", "congo=t61rcWkgMzE"), host(HOST, "")));
    }

    @Test
    void httpWithoutAValidHeaderTakesTheHosts() {
        assertEquals(HOST + " az=1", overHttp(Map.of("traceparent", "garbage"), host(HOST, "az=1")));
    }

    @Test
    void noValidCarrierAnywhereGivesAFreshContext() {
        // The host sends an empty TraceParent when no activity is current, and a legacy id is not W3C.
        for (WorkerContext context : new WorkerContext[] {host("", ""), host("|abc.1.", null),
                new WorkerContext("inv-1", "trace", Logger.getLogger("test"))}) {
            String seen = overHttp(Map.of(), context);
            assertTrue(TraceContext.parse(seen, null).isPresent(), seen);
            assertNotEquals(HOST, seen);
        }
    }

    @Test
    void anEventContinuesTheHostsContext() {
        AtomicReference<TraceContext> seen = new AtomicReference<>();
        AzureEventAdapter adapter = new AzureEventAdapter(EventFunction.messages("orders", 30,
                EventFunction.Kind.QUEUE, (message, context) -> seen.set(context.traceContext())));
        adapter.serviceBus("hi".getBytes(StandardCharsets.UTF_8), "m-1", "1", "\"2025-01-02T03:04:05Z\"", "{}",
                host(HOST, null));
        assertEquals(HOST, seen.get().traceparent());
    }
}
