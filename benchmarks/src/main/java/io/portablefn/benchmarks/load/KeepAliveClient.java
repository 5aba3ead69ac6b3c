package io.portablefn.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that posts the greeting again and again, as a client
 * library with a connection pool would, with nothing between the socket and the measurement.
 * A closed connection, a status other than 200 or an unexpected body is an error.
 */
final class KeepAliveClient implements AutoCloseable {

    static final String EXPECTED = "{\"greeting\":\"Hello, Ada\"}";
    private static final byte[] BODY = "{\"name\":\"Ada\"}".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] request;

    KeepAliveClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        String head = "POST /greet HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + BODY.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        request = new byte[headBytes.length + BODY.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(BODY, 0, request, headBytes.length, BODY.length);
    }

    /** Sends one greeting and reads its answer; throws if it is not the expected 200. */
    void greet() throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int length = -1;
        boolean close = false;
        for (String line = line(); !line.isEmpty(); line = line()) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        byte[] body = in.readNBytes(Math.max(length, 0));
        if (!status.startsWith("HTTP/1.1 200 ") || !EXPECTED.equals(new String(body, StandardCharsets.UTF_8))) {
            throw new IOException("unexpected answer: " + status + " " + new String(body, StandardCharsets.UTF_8));
        }
        if (close) {
            throw new IOException("the server closed a keep-alive connection");
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
