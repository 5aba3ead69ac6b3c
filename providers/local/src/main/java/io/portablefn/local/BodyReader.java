package io.portablefn.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a request body framed by Content-Length or by chunked transfer coding (RFC 9112 §6-7),
 * up to the body limit. A declared length over the limit is refused (413) before a byte of the
 * body is read, and before {@code 100 Continue} is sent to a client that asked for it, so such a
 * client never sends the body at all.
 */
final class BodyReader {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_LINE_LIMIT = 1024;

    private BodyReader() {
    }

    static byte[] read(RequestHead head, ConnectionInput in, OutputStream out, ServerSettings limits)
            throws IOException, ProtocolFailure {
        List<String> codings = head.all("Transfer-Encoding");
        List<String> lengths = head.all("Content-Length");
        if (!codings.isEmpty() && !lengths.isEmpty()) {
            // Both framings at once is how request smuggling starts (RFC 9112 §6.3); refuse it.
            throw new ProtocolFailure(400, "The request has both Transfer-Encoding and Content-Length; send one.");
        }
        boolean chunked = !codings.isEmpty();
        if (chunked && !(codings.size() == 1 && codings.get(0).equalsIgnoreCase("chunked"))) {
            throw new ProtocolFailure(501, "Transfer-Encoding '" + String.join(", ", codings) + "' is not supported;"
                    + " send the body with Content-Length or Transfer-Encoding: chunked.");
        }
        long length = chunked ? -1 : contentLength(lengths);
        if (length > limits.maxBodyBytes()) {
            throw tooLarge(limits);
        }
        if (length == 0) {
            return new byte[0];
        }
        String expect = head.first("Expect");
        if (head.http11() && expect != null && expect.equalsIgnoreCase("100-continue")) {
            out.write(CONTINUE);
            out.flush();
        }
        in.pauseLimit(limits.headerTimeout());
        try {
            return chunked ? chunks(in, limits) : in.readExactly((int) length);
        } catch (SocketTimeoutException stalled) {
            throw new ProtocolFailure(408, "The request body stopped arriving for longer than the local server's"
                    + " timeout of " + limits.headerTimeout().toMillis() + " ms.");
        }
    }

    static ProtocolFailure tooLarge(ServerSettings limits) {
        int limit = limits.maxBodyBytes();
        String mib = limit % (1024 * 1024) == 0 ? " (" + limit / (1024 * 1024) + " MiB, as on AWS Lambda)" : "";
        return new ProtocolFailure(413, "The request body is larger than the local server's limit of " + limit
                + " bytes" + mib + ".");
    }

    private static long contentLength(List<String> lines) throws ProtocolFailure {
        if (lines.isEmpty()) {
            return 0;
        }
        long length = -1;
        for (String line : lines) {
            for (String value : line.split(",", -1)) {
                String digits = value.strip();
                if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new ProtocolFailure(400, "Content-Length must be a whole number of bytes, got '" + line + "'.");
                }
                long parsed = Long.parseLong(digits);
                if (length != -1 && parsed != length) {
                    throw new ProtocolFailure(400, "The request has Content-Length values that differ.");
                }
                length = parsed;
            }
        }
        return length;
    }

    private static byte[] chunks(ConnectionInput in, ServerSettings limits) throws IOException, ProtocolFailure {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = in.line(CHUNK_LINE_LIMIT);
            int extensions = line == null ? -1 : line.indexOf(';');
            String size = line == null ? "" : Tokens.stripWhitespace(extensions < 0 ? line : line.substring(0, extensions));
            if (size.isEmpty() || size.length() > 8 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new ProtocolFailure(400, "A chunk of the chunked body does not start with its size in hex.");
            }
            long chunk = Long.parseLong(size, 16);
            if (chunk == 0) {
                skipTrailers(in, limits);
                return body.toByteArray();
            }
            if (body.size() + chunk > limits.maxBodyBytes()) {
                throw tooLarge(limits);
            }
            body.write(in.readExactly((int) chunk));
            if (!"".equals(in.line(0))) {
                throw new ProtocolFailure(400, "A chunk of the chunked body is longer than its declared size.");
            }
        }
    }

    /** Trailer fields are not part of the contract; they are read (within the header limit) and dropped. */
    private static void skipTrailers(ConnectionInput in, ServerSettings limits) throws IOException, ProtocolFailure {
        int bytes = 0;
        for (String line = in.line(limits.maxHeaderBytes()); ; line = in.line(limits.maxHeaderBytes() - bytes)) {
            if (line == null) {
                throw new ProtocolFailure(431, "The chunked body's trailer lines are larger than the local server's"
                        + " limit of " + limits.maxHeaderBytes() + " bytes.");
            }
            if (line.isEmpty()) {
                return;
            }
            bytes += line.length();
        }
    }
}
