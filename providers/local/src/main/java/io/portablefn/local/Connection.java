package io.portablefn.local;

import io.portablefn.api.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Function;

/**
 * One client connection, on its own thread: requests one after another (keep-alive) until the
 * client closes, goes idle past the idle timeout, asks to close, or sends something the server
 * must refuse. Whatever happens, the socket is closed when this returns: a client that leaves
 * without reading its answer costs nothing afterwards.
 */
final class Connection implements Runnable {

    // After refusing a request whose body may still be arriving, how long to read and discard it
    // so that closing does not reset the connection before the client has read the refusal.
    private static final Duration LINGER = Duration.ofSeconds(2);

    private final Socket socket;
    private final ExchangeHandler handler;
    private final ServerSettings limits;
    private final Runnable onClose;
    /** When the answer being written began (System.nanoTime), or 0 while none is. */
    private volatile long writingSince;

    Connection(Socket socket, ExchangeHandler handler, ServerSettings limits, Runnable onClose) {
        this.socket = socket;
        this.handler = handler;
        this.limits = limits;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            // The head and a small body go out in one write, but a second request on this
            // connection must not wait for Nagle's algorithm either (JDK 17 waited ~40 ms).
            socket.setTcpNoDelay(true);
            ConnectionInput in = ConnectionInput.of(socket);
            OutputStream out = socket.getOutputStream();
            while (serve(in, out)) {
                // next request on the same connection
            }
        } catch (IOException clientGone) {
            // Nothing more can reach this client; the socket is closed above.
        } finally {
            onClose.run();
        }
    }

    /** Serves one request; true if the connection stays open for another. */
    private boolean serve(ConnectionInput in, OutputStream out) throws IOException {
        RequestHead head = null;
        try {
            head = HeadReader.read(in, limits);
            if (head == null) {
                return false;
            }
            byte[] body = BodyReader.read(head, in, out, limits);
            String requestId = ExchangeHandler.requestId(head);
            HttpResponse response = handler.answer(head, body, requestId);
            // Interrupted: the server is stopping (or a function left its interrupt flag set);
            // either way this connection ends after the answer, and its thread is reset.
            boolean keepAlive = head.keepAlive() && !Thread.currentThread().isInterrupted();
            RequestHead request = head;
            send(out, response, "HEAD".equals(head.method()), keepAlive,
                    refused -> handler.serverFailure(request, requestId, refused));
            return keepAlive;
        } catch (ProtocolFailure refused) {
            send(out, refused.response(), head != null && "HEAD".equals(head.method()), false,
                    impossible -> refused.response());
            lingeringClose();
            return false;
        }
    }

    /** {@link ResponseWriter#write}, watched: the write timeout runs while it blocks. */
    private void send(OutputStream out, HttpResponse response, boolean head, boolean keepAlive,
            Function<IllegalArgumentException, HttpResponse> fallback) throws IOException {
        writingSince = System.nanoTime() | 1; // never 0, which means "not writing"
        try {
            ResponseWriter.write(out, response, head, keepAlive, fallback);
        } finally {
            writingSince = 0;
        }
    }

    /**
     * Closes the connection if writing its current answer has taken longer than {@code limit}
     * (nanoseconds) by {@code now}: the client stopped reading, and the blocked write fails.
     */
    void closeIfWritingLongerThan(long limit, long now) {
        long since = writingSince;
        if (since != 0 && now - since > limit) {
            try {
                socket.close();
            } catch (IOException alreadyClosed) {
                // closed either way
            }
        }
    }

    /**
     * Ends the answer (FIN), then reads and drops what the client still sends for a while: closing
     * with unread bytes would make the kernel send a reset, which can destroy the answer before
     * the client reads it (RFC 9112 §9.6).
     */
    private void lingeringClose() {
        try {
            socket.shutdownOutput();
            long until = System.nanoTime() + LINGER.toNanos();
            InputStream raw = socket.getInputStream();
            byte[] drain = new byte[8192];
            long left;
            while ((left = until - System.nanoTime()) > 0) {
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
                if (raw.read(drain) == -1) {
                    return;
                }
            }
        } catch (IOException doneOrGone) {
            // the client closed or reset: nothing left to protect
        }
    }
}
