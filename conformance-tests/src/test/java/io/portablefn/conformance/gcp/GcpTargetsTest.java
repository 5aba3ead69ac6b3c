package io.portablefn.conformance.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The in-process GCP target and the real java-function-invoker give the same answers. */
class GcpTargetsTest {

    private static final GcpTarget IN_PROCESS = new GcpTarget();
    private static final GcpInvokerTarget INVOKER = new GcpInvokerTarget();

    @AfterAll
    static void close() {
        INVOKER.close();
    }

    private static WireResponse both(WireRequest request) throws Exception {
        WireResponse real = INVOKER.send(Probe.class, request);
        assertEquals(real, IN_PROCESS.send(Probe.class, request),
                () -> "in-process gcp differs from the invoker on " + request + "\ninvoker log:\n" + INVOKER.log(Probe.class));
        return real;
    }

    @Test
    void decodesPathQueryHeaderLinesAndCookies() throws Exception {
        WireResponse response = both(WireRequest.of("GET", "/probe/a%20b+c?tag=x&tag=y%26z&q=a+b",
                List.of(Map.entry("X-T-Multi", "one"), Map.entry("x-t-multi", "two, three"),
                        Map.entry("Cookie", "s=1; t=2")), new byte[0]));
        assertEquals(200, response.status());
        assertEquals("text/plain;charset=utf-8", response.header("content-type"));
        assertEquals("yes", response.header("x-echo"));
        String echo = response.bodyAsString();
        assertTrue(echo.contains("path=/probe/a b+c\n"), echo);
        assertTrue(echo.contains("id=a b+c\n"), echo);
        assertTrue(echo.contains("query=[tag=x, tag=y&z, q=a b]\n"), echo);
        assertTrue(echo.contains("x-t-multi=one,two, three [one, two, three]\n"), echo);
        assertTrue(echo.contains("cookies={s=1, t=2}\n"), echo);
        assertTrue(echo.contains("provider=GCP"), echo);
    }

    @Test
    void carriesStatusHeaderLinesCookiesAndBinaryBodies() throws Exception {
        byte[] bytes = {0, (byte) 0xff, (byte) 0x89, 'P', 'N', 'G', '\r', '\n'};
        WireResponse response = both(WireRequest.of("POST", "/probe/1",
                List.of(Map.entry("Content-Type", "application/octet-stream")), bytes));
        assertEquals(201, response.status());
        assertEquals(List.of("one", "two"), response.headers().get("x-multi"));
        assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly"), response.cookies());
        assertEquals("application/octet-stream", response.header("content-type"));
        assertArrayEquals(bytes, response.body());
    }

    @Test
    void contentTypesAsJettyWritesThem() throws Exception {
        assertEquals("text/plain;charset=utf-8", both(WireRequest.get("/probe/1?content-type=text/plain;+charset%3DUTF-8"))
                .header("content-type"));
        for (String type : List.of("text/plain; charset=utf-8", "text/plain; charset=UTF-8", "text/plain;charset=utf-8",
                "application/json; charset=utf-8", "text/html; charset=iso-8859-1", "text/plain; charset=\"utf-8\"",
                "text/csv; charset=utf-8", "application/json", "application/problem+json", "image/png",
                "text/plain", "TEXT/PLAIN; Charset=UTF-8", "text/plain; charset=utf-8; format=flowed")) {
            both(WireRequest.get("/probe/1?content-type=" + URLEncoder.encode(type, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void routingProblemsComeFromTheRuntime() throws Exception {
        assertEquals(404, both(WireRequest.get("/elsewhere")).status());
        WireResponse wrongMethod = both(WireRequest.of("PUT", "/probe/1", List.of(), new byte[0]));
        assertEquals(405, wrongMethod.status());
        assertEquals("GET, POST", wrongMethod.header("allow"));
        assertEquals("application/problem+json", wrongMethod.header("content-type"));
    }

    @Test
    void theInvokerAnswersRobotsAndFaviconItselfAndHeadWithoutBody() throws Exception {
        WireResponse robots = both(WireRequest.get("/robots.txt"));
        assertEquals(404, robots.status());
        assertEquals("text/html;charset=iso-8859-1", robots.header("content-type"));
        assertEquals(404, both(WireRequest.get("/favicon.ico")).status());
        WireResponse head = both(WireRequest.of("HEAD", "/probe/1", List.of(), new byte[0]));
        assertEquals(405, head.status());
        assertEquals(0, head.body().length);
    }

    @Test
    void requestContentTypesAsJettysParserRespellsThem() throws Exception {
        Map<String, String> seen = Map.of(
                "text/plain; charset=utf-8", "text/plain; charset=UTF-8",
                "application/json;charset=utf-8", "application/json;charset=UTF-8",
                "TEXT/HTML; Charset=ISO-8859-1", "text/html; charset=ISO-8859-1",
                "application/x-www-form-urlencoded; charset=utf-8", "application/x-www-form-urlencoded; charset=UTF-8",
                "text/csv; charset=utf-8", "text/csv; charset=utf-8",
                "application/json", "application/json",
                "text/plain;  charset=utf-8", "text/plain;  charset=utf-8");
        for (Map.Entry<String, String> type : seen.entrySet()) {
            String echo = both(WireRequest.of("GET", "/probe/1", List.of(Map.entry("Content-Type", type.getKey())),
                    new byte[0])).bodyAsString();
            assertTrue(echo.contains("content-type=" + type.getValue() + "\n"), () -> type + " -> " + echo);
        }
    }

    @Test
    void decodesEscapesTheInvokerPassesThrough() throws Exception {
        for (String path : List.of("/probe/a%2Fb", "/probe/%2e%2e", "/probe/%ff", "/probe/a;b", "/probe/%3B", "/probe//x")) {
            both(WireRequest.get(path));
        }
        assertTrue(both(WireRequest.get("/probe/1?a=%25zz&=&b")).bodyAsString().contains("query=[a=%zz, =, b=]"));
    }

    @Test
    void aClassWithoutEntryPointFailsToStartWithTheInvokersLog() {
        try (GcpInvokerTarget target = new GcpInvokerTarget()) {
            IOException failure = assertThrows(IOException.class, () -> target.send(String.class, WireRequest.get("/")));
            assertTrue(failure.getMessage().contains("java.lang.String_GcpFunction"), failure.getMessage());
        }
    }

    @Test
    void googlesFrontEndRefusesABodyOver32MebibytesBeforeTheInvokerSeesIt() throws Exception {
        WireRequest over = WireRequest.of("POST", "/probe/1", List.of(), new byte[GoogleFrontEnd.MAX_BODY_BYTES + 1]);
        for (io.portablefn.conformance.Target target : List.of(IN_PROCESS, INVOKER)) {
            TargetCannotRun refused = assertThrows(TargetCannotRun.class, () -> target.send(Probe.class, over));
            assertTrue(refused.getMessage().startsWith("Google's front end refuses a request body over 32 MiB"),
                    refused.getMessage());
        }
        // Over the local server's 6 MiB, under Cloud Run's 32 MiB: the function runs, on both.
        assertEquals(201, both(WireRequest.of("POST", "/probe/1", List.of(), new byte[7 * 1024 * 1024])).status());
    }
}
