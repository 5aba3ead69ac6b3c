package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several requests on one connection, and the ways a connection ends. */
class KeepAliveTest {

    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.start(0, List.of(HttpFunction.raw("hi", 30, "/hi", Set.of(HttpMethod.GET),
                (request, context) -> HttpResponse.ok().text("hi"))));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void laterRequestsOnAConnectionDoNotWaitForADelayedAck() throws Exception {
        // JDK 17's server wrote head and body separately with Nagle on: each request after the
        // first waited for the client's delayed ACK, ~40 ms on Linux. The p50 target (< 2 ms) is
        // measured in benchmarks/; this only tells a stall from a fast answer, with a wide margin.
        try (RawHttp client = new RawHttp(server.port())) {
            long[] millis = new long[15];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                RawHttp.Answer answer = client.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read();
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertEquals("hi", answer.body());
                assertNull(answer.headers().get("connection"));
                assertTrue(answer.headers().get("date").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                        answer.headers().get("date"));
            }
            Arrays.sort(millis);
            assertTrue(millis[millis.length / 2] < 20, "median " + millis[millis.length / 2] + " ms: " + Arrays.toString(millis));
        }
    }

    @Test
    void connectionCloseAndHttp10EndTheConnectionAfterTheAnswer() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            RawHttp.Answer answer = client.send("GET /hi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();
            assertEquals("close", answer.headers().get("connection"));
            assertTrue(client.closedByServer());
        }
        try (RawHttp client = new RawHttp(server.port())) {
            RawHttp.Answer answer = client.send("GET /hi HTTP/1.0\r\n\r\n").read();
            assertEquals("hi", answer.body());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void aRefusedRequestClosesTheConnectionAfterTheProblem() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            assertEquals(400, client.send("GET /hi HTTP/1.1\r\n\r\n").read().status());
            assertTrue(client.closedByServer());
        }
    }
}
