package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server answers to requests over its limits or malformed on the wire: each a problem
 * body of the runtime's shape, never a page of the server's own or a reset.
 */
class RequestLimitsTest {

    private static final ServerSettings LIMITS = ServerSettings.defaults(0).withMaxBodyBytes(64 * 1024);
    private static LocalServer server;

    @BeforeAll
    static void start() {
        HttpFunction echo = HttpFunction.raw("echo", 30, "/echo/{name}", Set.of(HttpMethod.GET, HttpMethod.POST),
                (request, context) -> HttpResponse.ok().text("path=" + request.path() + " body=" + request.body().length));
        server = LocalServer.start(LIMITS, List.of(echo), Map.of(), System.err, java.time.Clock.systemUTC(), null);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static RawHttp.Answer exchange(String request) throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            return client.send(request).read();
        }
    }

    private static void assertProblem(ProtocolFailure expected, RawHttp.Answer answer) {
        assertEquals(expected.status(), answer.status(), answer.body());
        assertEquals(Problems.CONTENT_TYPE, answer.headers().get("content-type"));
        assertEquals(new String(Problems.body(expected.status(), expected.getMessage()), StandardCharsets.UTF_8),
                answer.body());
        assertEquals("close", answer.headers().get("connection"));
    }

    private static void assertBadRequest(RawHttp.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Problems.CONTENT_TYPE, answer.headers().get("content-type"));
        assertTrue(answer.body().startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"),
                answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void tooManyHeaderLinesIs431() throws Exception {
        String many = "X-Many: 1\r\n".repeat(LIMITS.maxHeaderCount());
        assertProblem(HeadReader.tooManyHeaders(LIMITS), exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\n" + many + "\r\n"));
    }

    @Test
    void headersOverTheByteLimitAre431() throws Exception {
        String large = "X-Large: " + "v".repeat(LIMITS.maxHeaderBytes()) + "\r\n";
        assertProblem(HeadReader.headersTooLarge(LIMITS), exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\n" + large + "\r\n"));
        // The request line counts too, as at API Gateway: each part fits alone, not together.
        String longTarget = "/echo/" + "a".repeat(LIMITS.maxTargetBytes() - 10);
        String header = "X-Half: " + "v".repeat(LIMITS.maxHeaderBytes() - LIMITS.maxTargetBytes()) + "\r\n";
        assertEquals(200, exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\n" + header + "\r\n").status());
        assertProblem(HeadReader.headersTooLarge(LIMITS),
                exchange("GET " + longTarget + " HTTP/1.1\r\nHost: x\r\n" + header + "\r\n"));
    }

    @Test
    void headersAtTheLimitsPass() throws Exception {
        // 99 lines of "X-N: v" plus Host; the byte limit counts each line without its CRLF.
        String lines = "X-N: v\r\n".repeat(LIMITS.maxHeaderCount() - 1);
        assertEquals(200, exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\n" + lines + "\r\n").status());
    }

    @Test
    void aTargetOverTheLimitIs414AndOneAtTheLimitPasses() throws Exception {
        String atLimit = "/echo/" + "a".repeat(LIMITS.maxTargetBytes() - "/echo/".length());
        assertEquals(200, exchange("GET " + atLimit + " HTTP/1.1\r\nHost: x\r\n\r\n").status());
        assertProblem(HeadReader.targetTooLong(LIMITS), exchange("GET " + atLimit + "a HTTP/1.1\r\nHost: x\r\n\r\n"));
        String huge = "/echo/" + "a".repeat(100_000);
        assertProblem(HeadReader.targetTooLong(LIMITS), exchange("GET " + huge + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    @Test
    void aMalformedEscapeInThePathIsKeptAsSentAsMappingSays() throws Exception {
        // docs/mapping.md §2: decoding keeps a malformed escape as sent; JDK 17's server answered
        // an HTML page naming URISyntaxException instead.
        RawHttp.Answer answer = exchange("GET /echo/100%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("path=/echo/100%zz body=0", answer.body());
    }

    @Test
    void aTargetWithCharactersThatMustBeEscapedIs400() throws Exception {
        assertBadRequest(exchange("GET /echo/caf\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertBadRequest(exchange("GET echo HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    @Test
    void malformedHeadsAre400() throws Exception {
        assertBadRequest(exchange("GET /echo/a HTTP/1.1\r\n\r\n")); // no Host
        assertBadRequest(exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n"));
        assertBadRequest(exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n folded\r\n\r\n"));
        assertBadRequest(exchange("GET /echo/a HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n"));
        assertBadRequest(exchange("GET  /echo/a HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertBadRequest(exchange("POST /echo/a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertBadRequest(exchange("POST /echo/a HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"));
        assertEquals(505, exchange("GET /echo/a HTTP/2.0\r\nHost: x\r\n\r\n").status());
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsSentAndWithoutAReset() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            int declared = LIMITS.maxBodyBytes() * 8;
            client.send("POST /echo/a HTTP/1.1\r\nHost: x\r\nContent-Length: " + declared + "\r\n\r\n");
            // Keep sending the body while the answer is read, as a client that does not wait does.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    byte[] piece = new byte[8192];
                    for (int sent = 0; sent < declared; sent += piece.length) {
                        client.send(piece);
                    }
                } catch (java.io.IOException closed) {
                    // the server stops reading once it has answered and lingered
                }
            });
            assertProblem(BodyReader.tooLarge(LIMITS), client.read());
            sending.cancel(true);
        }
    }

    @Test
    void expectContinueOverTheLimitGets413InsteadOf100() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            client.send("POST /echo/a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                    + (LIMITS.maxBodyBytes() + 1) + "\r\n\r\n");
            assertProblem(BodyReader.tooLarge(LIMITS), client.read());
        }
    }

    @Test
    void expectContinueWithinTheLimitGets100ThenTheAnswer() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            client.send("POST /echo/a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
            assertEquals(100, client.read().status());
            client.send("abc");
            assertEquals("path=/echo/a body=3", client.read().body());
        }
    }

    @Test
    void chunkedBodiesAreReadAndHeldToTheLimit() throws Exception {
        assertEquals("path=/echo/a body=7", exchange("POST /echo/a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;ext=1\r\nabc\r\n4\r\ndefg\r\n0\r\nTrailer: t\r\n\r\n").body());
        String chunk = Integer.toHexString(LIMITS.maxBodyBytes()) + "\r\n" + "x".repeat(LIMITS.maxBodyBytes()) + "\r\n";
        assertProblem(BodyReader.tooLarge(LIMITS), exchange("POST /echo/a HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk + "1\r\nx\r\n0\r\n\r\n"));
        assertBadRequest(exchange("POST /echo/a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
    }
}
