package io.portablefn.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client on one kept-alive loopback connection, for the warm benchmark on
 * Google's invoker and the local server's load benchmark: it writes a request prepared
 * once and reads the answer (status line, headers, a body by Content-Length or chunked). Java's
 * HttpClient spent about 260 us per request here, which hid differences of 10-20 us between the
 * functions it was meant to compare; this one costs a few microseconds.
 */
public final class KeepAliveClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);

    public KeepAliveClient(int port, String path, String contentType, byte[] payload) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000); // a server that stops answering fails the run instead of hanging it
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        request = new byte[head.length + payload.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(payload, 0, request, head.length, payload.length);
    }

    /** Sends the request once and returns the status; {@link #body()} holds the answer's body. */
    public int send() throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("Not an HTTP/1.1 status line: " + status);
        }
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                throw new IOException("The server closes the connection: no keep-alive to measure");
            }
        }
        body.reset();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length);
        } else {
            throw new IOException("An answer without Content-Length or chunked encoding cannot be kept alive");
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    public String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private void copy(long count) throws IOException {
        for (long i = 0; i < count; i++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed inside a body");
            }
            body.write(b);
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed inside an answer");
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
