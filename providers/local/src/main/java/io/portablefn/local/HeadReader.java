package io.portablefn.local;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the head of a request (RFC 9112 §2-5) within the server's limits: a target longer than
 * allowed is a 414, too many or too large header lines a 431, a head that takes longer than the
 * header timeout a 408, anything malformed a 400, a version other than 1.0 or 1.1 a 505. Each
 * refusal names what was wrong and what is allowed.
 */
final class HeadReader {

    // The method, two spaces and "HTTP/1.1" around the target; a longer line has a longer target.
    private static final int REQUEST_LINE_OVERHEAD = 32;

    private HeadReader() {
    }

    /**
     * The next request's head, or null when the client closed the connection or sent nothing for
     * the idle timeout (both the normal end of a connection).
     */
    static RequestHead read(ConnectionInput in, ServerSettings limits) throws IOException, ProtocolFailure {
        in.pauseLimit(limits.idleTimeout());
        int first;
        try {
            first = in.read();
            // RFC 9112 §2.2: a server should ignore empty lines before a request line.
            for (int skipped = 0; (first == '\r' || first == '\n') && skipped < 4; skipped++) {
                first = in.read();
            }
        } catch (SocketTimeoutException idle) {
            return null;
        }
        if (first == -1) {
            return null;
        }
        in.deadlineIn(limits.headerTimeout());
        try {
            String rest = in.line(limits.maxTargetBytes() + REQUEST_LINE_OVERHEAD);
            if (rest == null) {
                throw targetTooLong(limits);
            }
            return head((char) first + rest, in, limits);
        } catch (SocketTimeoutException slow) {
            throw new ProtocolFailure(408, "The request head (request line and headers) did not arrive within the"
                    + " local server's header timeout of " + limits.headerTimeout().toMillis() + " ms.");
        }
    }

    private static RequestHead head(String requestLine, ConnectionInput in, ServerSettings limits)
            throws IOException, ProtocolFailure {
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !Tokens.isToken(parts[0])) {
            throw new ProtocolFailure(400, "The request line must be 'METHOD /path?query HTTP/1.1', separated by"
                    + " single spaces.");
        }
        boolean http11 = version(parts[2]);
        String target = RequestTarget.originForm(parts[1], limits);
        // API Gateway counts the request line and the headers together; so does this.
        List<Map.Entry<String, String>> headers = headers(in, limits, requestLine.length());
        if (http11 && headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
            throw new ProtocolFailure(400, "An HTTP/1.1 request must have a Host header (RFC 9112 §3.2).");
        }
        return new RequestHead(parts[0], target, http11, headers);
    }

    private static boolean version(String version) throws ProtocolFailure {
        if (version.equals("HTTP/1.1")) {
            return true;
        }
        if (version.equals("HTTP/1.0")) {
            return false;
        }
        if (version.matches("HTTP/[0-9]\\.[0-9]")) {
            throw new ProtocolFailure(505, "The local server speaks HTTP/1.1 and HTTP/1.0, not " + version + ".");
        }
        throw new ProtocolFailure(400, "The request line must end with the version HTTP/1.1 or HTTP/1.0.");
    }

    private static List<Map.Entry<String, String>> headers(ConnectionInput in, ServerSettings limits, int bytes)
            throws IOException, ProtocolFailure {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        while (true) {
            String line = in.line(limits.maxHeaderBytes() - bytes);
            if (line == null) {
                throw headersTooLarge(limits);
            }
            if (line.isEmpty()) {
                return headers;
            }
            bytes += line.length();
            if (bytes > limits.maxHeaderBytes()) {
                throw headersTooLarge(limits);
            }
            if (headers.size() == limits.maxHeaderCount()) {
                throw tooManyHeaders(limits);
            }
            headers.add(header(line));
        }
    }

    private static Map.Entry<String, String> header(String line) throws ProtocolFailure {
        int colon = line.indexOf(':');
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            throw new ProtocolFailure(400, "A header line starts with whitespace; folded header lines are not"
                    + " allowed (RFC 9112 §5.2).");
        }
        if (colon <= 0 || !Tokens.isToken(line.substring(0, colon))) {
            throw new ProtocolFailure(400, "A header line must be 'Name: value' with a name of letters, digits"
                    + " and !#$%&'*+-.^_`|~ and no space before the colon.");
        }
        String value = Tokens.stripWhitespace(line.substring(colon + 1));
        if (!Tokens.isFieldValue(value)) {
            throw new ProtocolFailure(400, "The value of header '" + line.substring(0, colon) + "' contains a"
                    + " control character; only visible characters, spaces and tabs are allowed.");
        }
        return new AbstractMap.SimpleImmutableEntry<>(line.substring(0, colon), value);
    }

    static ProtocolFailure targetTooLong(ServerSettings limits) {
        return new ProtocolFailure(414, "The request target (path and query) is longer than the local server's"
                + " limit of " + limits.maxTargetBytes() + " bytes.");
    }

    static ProtocolFailure tooManyHeaders(ServerSettings limits) {
        return new ProtocolFailure(431, "The request has more than " + limits.maxHeaderCount()
                + " header lines, the local server's limit.");
    }

    static ProtocolFailure headersTooLarge(ServerSettings limits) {
        return new ProtocolFailure(431, "The request line and header lines are larger than the local server's limit"
                + " of " + limits.maxHeaderBytes() + " bytes together.");
    }
}
