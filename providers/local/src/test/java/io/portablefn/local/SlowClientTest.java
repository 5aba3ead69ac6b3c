package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Clients that send slowly or not at all neither block others nor stay forever. On JDK 17's
 * server, 64 connections sending their headers slowly took every handler thread and no other
 * request was answered until they finished.
 */
class SlowClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpFunction HI = HttpFunction.raw("hi", 30, "/hi", Set.of(HttpMethod.GET, HttpMethod.POST),
            (request, context) -> HttpResponse.ok().text("hi"));

    private static LocalServer start(ServerSettings settings) {
        return LocalServer.start(settings, List.of(HI), Map.of(), System.err, Clock.systemUTC(), null);
    }

    @Test
    void twoHundredSlowHeadersNeitherBlockANormalRequestNorOutliveTheHeaderTimeout() throws Exception {
        LocalServer server = start(ServerSettings.defaults(0).withTimeouts(TIMEOUT, TIMEOUT));
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread trickle = null;
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write('G');
                slow.add(socket);
            }
            // One more header byte on every slow connection every 100 ms, for as long as it is open.
            trickle = new Thread(() -> {
                byte[] endless = "ET /hi HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes();
                for (int i = 0; sending.get(); i++) {
                    for (Socket socket : slow) {
                        try {
                            socket.getOutputStream().write(i < endless.length ? endless[i] : 'z');
                        } catch (IOException closedByServer) {
                            // expected once the header timeout has passed
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            });
            trickle.start();

            long start = System.nanoTime();
            try (RawHttp normal = new RawHttp(server.port())) {
                assertEquals("hi", normal.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "a normal request took " + millis + " ms next to 200 slow ones");

            for (Socket socket : slow) {
                socket.setSoTimeout((int) TIMEOUT.multipliedBy(5).toMillis());
                RawHttp client = new RawHttp(socket);
                RawHttp.Answer answer = client.read();
                assertEquals(408, answer.status(), answer.body());
                // An end of stream, or a reset once the trickle wrote to the closed connection.
                assertTrue(client.closedByServer(), "closed after the 408");
            }
        } finally {
            sending.set(false);
            if (trickle != null) {
                trickle.join(5_000);
            }
            for (Socket socket : slow) {
                socket.close();
            }
            server.stop();
        }
    }

    @Test
    void idleConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
        LocalServer server = start(ServerSettings.defaults(0).withTimeouts(TIMEOUT, Duration.ofSeconds(30)));
        // The server's idle timers start after these connections are made, so after this.
        long start = System.nanoTime();
        try (RawHttp idle = new RawHttp(server.port()); RawHttp kept = new RawHttp(server.port())) {
            assertEquals("hi", kept.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
            assertTrue(idle.closedByServer());
            assertTrue(kept.closedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= TIMEOUT.toMillis() - 50, "closed after " + millis + " ms, before the idle timeout");
        } finally {
            server.stop();
        }
    }

    @Test
    void aBodyThatStopsArrivingIs408AfterTheTimeout() throws Exception {
        LocalServer server = start(ServerSettings.defaults(0).withTimeouts(Duration.ofSeconds(30), TIMEOUT));
        try (RawHttp client = new RawHttp(server.port())) {
            client.send("POST /hi HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
            assertEquals(408, client.read().status());
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedAfterTheWriteTimeout() throws Exception {
        byte[] large = new byte[64 * 1024 * 1024]; // far more than loopback's socket buffers hold
        HttpFunction big = HttpFunction.raw("big", 30, "/big", Set.of(HttpMethod.GET),
                (request, context) -> HttpResponse.ok().bytes(large));
        LocalServer server = LocalServer.start(ServerSettings.defaults(0).withWriteTimeout(TIMEOUT), List.of(big),
                Map.of(), System.err, Clock.systemUTC(), null);
        try (RawHttp reader = new RawHttp(server.port())) {
            long start = System.nanoTime();
            reader.send("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
            long until = start + TIMEOUT.multipliedBy(10).toNanos();
            while (server.openConnections() == 0 && System.nanoTime() < until) {
                Thread.sleep(10); // until the server has accepted it
            }
            while (server.openConnections() > 0 && System.nanoTime() < until) {
                Thread.sleep(50); // polling, bounded: the client reads nothing meanwhile
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, server.openConnections(), "the connection is still open after " + millis + " ms");
            assertTrue(millis >= TIMEOUT.toMillis(), "closed after " + millis + " ms, before the write timeout");
            long received = 0;
            try {
                for (byte[] chunk = reader.socket.getInputStream().readNBytes(1 << 20); chunk.length > 0;
                        chunk = reader.socket.getInputStream().readNBytes(1 << 20)) {
                    received += chunk.length;
                }
            } catch (java.net.SocketException reset) {
                // what was in flight when the server closed
            }
            assertTrue(received < large.length, "received the whole answer: " + received);
        } finally {
            server.stop();
        }
    }

    @Test
    void aConnectionOverTheLimitIs503AndTheOthersCarryOn() throws Exception {
        LocalServer server = start(ServerSettings.defaults(0).withMaxConnections(2));
        try (RawHttp first = new RawHttp(server.port()); RawHttp second = new RawHttp(server.port())) {
            assertEquals("hi", first.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
            assertEquals("hi", second.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
            try (RawHttp third = new RawHttp(server.port())) {
                assertEquals(503, third.read().status());
            }
            assertEquals("hi", first.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
        } finally {
            server.stop();
        }
    }
}
