package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.io.File;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Clients that leave early cost nothing once they are gone: the open file descriptors of this
 * process (Linux: /proc/self/fd) return to their idle level. On JDK 17's own server, 150 clients
 * that closed before reading a large answer left 150 sockets open for good.
 */
class ConnectionLeakTest {

    private static final byte[] LARGE = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);

    @Test
    void abortedClientsLeaveNoOpenDescriptors() throws Exception {
        File descriptors = new File("/proc/self/fd");
        assumeTrue(descriptors.isDirectory(), "counts open descriptors through /proc (Linux)");
        HttpFunction large = HttpFunction.raw("large", 30, "/large", Set.of(HttpMethod.GET, HttpMethod.POST),
                (request, context) -> HttpResponse.ok().bytes(LARGE));
        LocalServer server = LocalServer.start(0, List.of(large));
        try {
            try (RawHttp warm = new RawHttp(server.port())) {
                assertEquals(200, warm.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n").read().status());
            }
            int before = descriptors.list().length;
            String[] aborts = {
                "GET /large HTTP/1.1\r\nHost: x\r\n\r\n", // leaves before the answer
                "GET /large HTTP/1.1\r\nHo", // leaves in the middle of the head
                "POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc", // in the middle of the body
                "", // connects and leaves
            };
            // One of each first, so that whatever the JVM opens once (a class, a buffer) is
            // counted in the idle level rather than as a leak.
            abort(server.port(), aborts, aborts.length);
            int idle = awaitAtMost(descriptors, before);
            abort(server.port(), aborts, 300);
            int after = awaitAtMost(descriptors, idle);
            assertTrue(after <= idle, "open descriptors: " + idle + " idle, " + after + " after the aborted clients");
            try (RawHttp still = new RawHttp(server.port())) {
                assertEquals(200, still.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n").read().status());
            }
        } finally {
            server.stop();
        }
    }

    /** {@code count} clients that each send a piece of a request and leave, a third with a reset. */
    private static void abort(int port, String[] aborts, int count) throws java.io.IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.getOutputStream().write(aborts[i % aborts.length].getBytes(StandardCharsets.US_ASCII));
            if (i % 3 == 0) {
                socket.setSoLinger(true, 0); // a reset instead of a FIN
            }
            socket.close();
        }
    }

    /** Waits (bounded, polling) until at most {@code target} descriptors are open; returns the count. */
    private static int awaitAtMost(File descriptors, int target) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        int count = descriptors.list().length;
        while (count > target && System.nanoTime() < until) {
            Thread.sleep(50);
            count = descriptors.list().length;
        }
        return count;
    }
}
