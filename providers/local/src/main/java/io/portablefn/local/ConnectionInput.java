package io.portablefn.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * The bytes a client sends on one connection, buffered, with a time limit on every wait: either
 * a pause limit (no single wait longer than it) or a deadline (everything by then). A client that
 * sends one byte a second therefore cannot hold a connection open for longer than the deadline.
 */
final class ConnectionInput {

    private final InputStream in;
    private final IntConsumer timeout;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;
    private long deadline;
    private int pauseMillis;

    /**
     * @param in the bytes
     * @param timeout sets the longest wait of the next read in milliseconds (a socket's
     *     {@code setSoTimeout}); a stream in memory, as in a test, never waits
     */
    ConnectionInput(InputStream in, IntConsumer timeout) {
        this.in = in;
        this.timeout = timeout;
    }

    /** What the client sends on {@code socket}. */
    static ConnectionInput of(Socket socket) throws IOException {
        return new ConnectionInput(socket.getInputStream(), millis -> {
            try {
                socket.setSoTimeout(millis);
            } catch (SocketException closed) {
                // the next read reports it
            }
        });
    }

    /** From now on, each wait for bytes may last at most {@code pause}. */
    void pauseLimit(Duration pause) {
        deadline = 0;
        pauseMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, pause.toMillis()));
    }

    /** From now on, every byte must have arrived within {@code limit} of this call. */
    void deadlineIn(Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
    }

    /** One byte, or -1 at the end of the stream. */
    int read() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /** Up to {@code length} bytes into {@code into}; -1 at the end of the stream. */
    int read(byte[] into, int offset, int length) throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        int count = Math.min(length, end - position);
        System.arraycopy(buffer, position, into, offset, count);
        position += count;
        return count;
    }

    /**
     * One line without its line end (CRLF, or a bare LF as RFC 9112 §2.2 allows), as ISO-8859-1;
     * null if it is longer than {@code maxBytes}.
     *
     * @throws java.io.EOFException if the stream ends inside the line
     */
    String line(int maxBytes) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = read();
            if (b == -1) {
                throw new java.io.EOFException("The client closed the connection in the middle of a line");
            }
            if (b == '\n') {
                int last = line.length() - 1;
                return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
            }
            if (line.length() > maxBytes) {
                return null;
            }
            line.append((char) b);
        }
    }

    /** The whole of {@code length} bytes, or an EOFException if the client stops before. */
    byte[] readExactly(int length) throws IOException {
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            int count = read(bytes, done, length - done);
            if (count == -1) {
                throw new java.io.EOFException("The client closed the connection before sending the whole body");
            }
            done += count;
        }
        return bytes;
    }

    private boolean fill() throws IOException {
        int millis = pauseMillis;
        if (deadline != 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
        }
        timeout.accept(millis);
        int count = in.read(buffer, 0, buffer.length);
        if (count <= 0) {
            return false;
        }
        position = 0;
        end = count;
        return true;
    }
}
