package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.PortableFunction;
import io.portablefn.runtime.cron.Cron;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What main prints once the server listens. */
class StartupBannerTest {

    private static String banner(LocalServer server, boolean fireSchedules) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StartupBanner.print(server, fireSchedules, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEachEventFunctionWithACurlLineThatTriggersIt() throws Exception {
        List<PortableFunction> functions = List.of(
                HttpFunction.raw("greet", 30, "/greet", Set.of(HttpMethod.GET), (request, context) -> HttpResponse.ok().text("hi")),
                EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> { }),
                EventFunction.storage("thumbs", 30, Set.of(StorageEvent.Kind.DELETED), (event, context) -> { }),
                EventFunction.schedule("nightly", 30, (event, context) -> { }));
        ScheduleRunnerTest.SetClock clock = new ScheduleRunnerTest.SetClock(Instant.parse("2026-01-05T10:00:00Z"));
        LocalServer server = LocalServer.start(0, functions, Map.of("nightly", Cron.parse("30 2 * * *")),
                ServerSettings.DEFAULT_MAX_BODY_BYTES, System.err, clock, new ScheduleRunnerTest.HandTimer());
        try {
            String text = banner(server, true);
            String url = "http://localhost:" + server.port() + "/_portablefn/events/";
            assertTrue(text.startsWith("portablefn local server: 1 HTTP function(s), 3 event function(s)\n  GET /greet -> greet\n"), text);
            assertTrue(text.contains("  POST /_portablefn/events/orders -> orders (queue)\n      curl -X POST " + url
                    + "orders -H 'Content-Type: application/json' -d '{\"body\":{\"hello\":\"world\"},\"attributes\":{\"source\":\"curl\"}}'\n"), text);
            assertTrue(text.contains("-d '{\"kind\":\"DELETED\",\"bucket\":\"my-bucket\""), text);
            assertTrue(text.contains("-> nightly (schedule 30 2 * * *, next 2026-01-06T02:30:00Z)\n      curl -X POST " + url + "nightly"), text);
            assertTrue(text.endsWith("Listening on http://localhost:" + server.port() + "/ (Ctrl-C stops)\n"), text);
            assertTrue(banner(server, false).contains("Schedules are off"), banner(server, false));

            // Every advertised command is one the server takes.
            Client client = new Client(server.port());
            for (EventFunction function : server.eventFunctions()) {
                var reply = client.sendForText(client.request("POST", EventEndpoint.EVENTS + "/" + function.name(),
                        EventEndpoint.exampleBody(function).getBytes(StandardCharsets.UTF_8)));
                assertEquals(200, reply.statusCode(), function.name() + ": " + reply.body());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutEventFunctionsTheBannerIsAsBefore() {
        LocalServer server = LocalServer.start(0, List.of(
                HttpFunction.raw("greet", 30, "/greet", Set.of(HttpMethod.GET), (request, context) -> HttpResponse.ok().text("hi"))));
        try {
            assertEquals("portablefn local server: 1 function(s)\n  GET /greet -> greet\nListening on http://localhost:"
                    + server.port() + "/ (Ctrl-C stops)\n", banner(server, true));
        } finally {
            server.stop();
        }
    }

    @Test
    void saysSoWhenItListensBeyondLoopback() throws Exception {
        assertEquals("Listening on http://localhost:8080/ (Ctrl-C stops)",
                StartupBanner.listening(java.net.InetAddress.getLoopbackAddress(), 8080));
        String everywhere = StartupBanner.listening(java.net.InetAddress.getByName("0.0.0.0"), 8080);
        assertTrue(everywhere.startsWith("Listening on every interface, port 8080: http://localhost:8080/ here"), everywhere);
        assertTrue(everywhere.contains("no authentication"), everywhere);
    }
}
