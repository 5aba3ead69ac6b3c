package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Context;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GcpHttpAdapterTest {

    private final AtomicReference<HttpRequest> seen = new AtomicReference<>();
    private final AtomicReference<Context> context = new AtomicReference<>();

    private HttpFunction echo(HttpResponse response) {
        return HttpFunction.raw("echo", 42, "/files/{name}", EnumSet.of(HttpMethod.GET, HttpMethod.POST),
                (request, ctx) -> {
                    seen.set(request);
                    context.set(ctx);
                    return response;
                });
    }

    @Test
    void decodesRawPathQueryHeaderLinesAndBody() throws Exception {
        var adapter = new GcpHttpAdapter(echo(HttpResponse.noContent()), null);
        var request = new InvokerRequest("POST", "/files/a%20b+c", "tag=x&tag=y%26z&q=a+b")
                .header("X-Multi", "one").header("x-multi", "two, three")
                .header("Cookie", "a=1").header("Cookie", "b=2")
                .body(new byte[] {0, (byte) 0xff, 7});
        adapter.handle(request, new InvokerResponse());

        HttpRequest decoded = seen.get();
        assertEquals("POST", decoded.method());
        assertEquals("/files/a b+c", decoded.path());
        assertEquals("a b+c", decoded.pathParameter("name").orElseThrow());
        assertEquals(List.of("x", "y&z"), decoded.query().all("tag"));
        assertEquals("a b", decoded.query().first("q").orElseThrow());
        assertEquals("one,two, three", decoded.headers().get("x-multi").orElseThrow());
        assertEquals(Map.of("a", "1", "b", "2"), decoded.cookies());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 7}, decoded.body());
    }

    @Test
    void noQueryIsAnEmptyQuery() throws Exception {
        new GcpHttpAdapter(echo(HttpResponse.noContent()), null).handle(new InvokerRequest("GET", "/files/x", null),
                new InvokerResponse());
        assertTrue(seen.get().query().isEmpty());
    }

    @Test
    void contextCarriesProviderNameIdAndDeadline() throws Exception {
        // The deadline is kept in whole milliseconds.
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        new GcpHttpAdapter(echo(HttpResponse.noContent()), null).handle(
                new InvokerRequest("GET", "/files/x", null).header("Function-Execution-Id", "exec-1"), new InvokerResponse());
        Context ctx = context.get();
        assertEquals(Provider.GCP, ctx.provider());
        assertEquals("echo", ctx.functionName());
        assertEquals("exec-1", ctx.invocationId());
        assertEquals("exec-1", seen.get().requestId());
        assertFalse(ctx.deadline().isBefore(before.plusSeconds(42)));
        assertTrue(ctx.deadline().isBefore(Instant.now().plusSeconds(43)));
    }

    @Test
    void cloudRunTimeoutWinsOverTheDeclaredOne() throws Exception {
        new GcpHttpAdapter(echo(HttpResponse.noContent()), "300").handle(new InvokerRequest("GET", "/files/x", null),
                new InvokerResponse());
        Duration left = Duration.between(Instant.now(), context.get().deadline());
        assertTrue(left.getSeconds() > 290, left.toString());
        assertEquals(42, GcpHttpAdapter.timeoutSeconds("soon", 42));
        assertEquals(42, GcpHttpAdapter.timeoutSeconds("0", 42));
    }

    @Test
    void requestIdFallsBackToTraceHeadersThenARandomId() throws Exception {
        var adapter = new GcpHttpAdapter(echo(HttpResponse.noContent()), null);
        adapter.handle(new InvokerRequest("GET", "/files/x", null).header("X-Cloud-Trace-Context", "abc/1;o=1")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), new InvokerResponse());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", seen.get().requestId());
        adapter.handle(new InvokerRequest("GET", "/files/x", null).header("X-Cloud-Trace-Context", "abc/1;o=1"),
                new InvokerResponse());
        assertEquals("abc/1;o=1", seen.get().requestId());
        adapter.handle(new InvokerRequest("GET", "/files/x", null), new InvokerResponse());
        assertEquals(36, seen.get().requestId().length());
    }

    @Test
    void encodesStatusHeaderLinesCookiesContentTypeAndBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0};
        HttpResponse response = HttpResponse.status(201).header("X-Multi", "one").header("X-Multi", "two")
                .header("Content-Length", "999").cookie("a=1; Path=/").cookie("b=2; HttpOnly")
                .contentType("image/png").bytes(png);
        var out = new InvokerResponse();
        new GcpHttpAdapter(echo(response), null).handle(new InvokerRequest("GET", "/files/x", null), out);

        assertEquals(201, out.status());
        assertEquals("image/png", out.getContentType().orElseThrow());
        assertEquals(List.of(Map.entry("x-multi", "one"), Map.entry("x-multi", "two"),
                Map.entry("Set-Cookie", "a=1; Path=/"), Map.entry("Set-Cookie", "b=2; HttpOnly"),
                Map.entry("Content-Length", "5")), out.appended()); // the body's own length, never the function's 999
        assertArrayEquals(png, out.body());
    }

    @Test
    void unmatchedPathIsTheRuntimes404Problem() throws Exception {
        var out = new InvokerResponse();
        new GcpHttpAdapter(echo(HttpResponse.noContent()), null).handle(new InvokerRequest("GET", "/other", null), out);
        assertEquals(404, out.status());
        assertEquals("application/problem+json", out.getContentType().orElseThrow());
        assertTrue(out.bodyAsString().contains("\"status\":404"), out.bodyAsString());
    }
}
