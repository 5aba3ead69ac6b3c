package io.portablefn.local;

import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes an {@link HttpResponse} as HTTP/1.1: the status, each header value as its own line,
 * each Set-Cookie as its own line, {@code Date}, and the body with a fixed Content-Length (never
 * chunked). Responses that HTTP says carry no body (1xx, 204, 304) get neither body nor length;
 * an answer to HEAD gets the length without the body. Head and a small body go out in one write,
 * so that no packet waits for the client's delayed ACK.
 */
final class ResponseWriter {

    // Framing belongs to the server, as it does to every cloud's front door: a function's own
    // value could contradict the bytes actually sent.
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");
    private static final int ONE_WRITE_LIMIT = 64 * 1024;
    // IMF-fixdate (RFC 9110 §5.6.7): two-digit day, always GMT; RFC_1123_DATE_TIME drops the zero.
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);

    private ResponseWriter() {
    }

    /**
     * Writes {@code response}; if one of its header names or values cannot be sent (a value with
     * a line break or another control character, say), writes what {@code fallback} makes of the
     * refusal instead.
     *
     * @param keepAlive false adds {@code Connection: close}
     * @throws IOException when the client has gone away
     */
    static void write(OutputStream out, HttpResponse response, boolean head, boolean keepAlive,
            Function<IllegalArgumentException, HttpResponse> fallback) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try {
            head(bytes, response, head, keepAlive);
        } catch (IllegalArgumentException refused) {
            response = fallback.apply(refused);
            bytes.reset();
            head(bytes, response, head, keepAlive);
        }
        byte[] body = head || !hasBody(response.status()) ? new byte[0] : response.body();
        if (body.length <= ONE_WRITE_LIMIT) {
            bytes.write(body);
            out.write(bytes.toByteArray());
        } else {
            out.write(bytes.toByteArray());
            out.write(body);
        }
        out.flush();
    }

    private static void head(ByteArrayOutputStream out, HttpResponse response, boolean head, boolean keepAlive) {
        int status = response.status();
        line(out, "HTTP/1.1 " + status + " " + HttpStatus.reasonPhrase(status));
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            if (!FRAMING.contains(header.getKey())) {
                header.getValue().forEach(value -> field(out, header.getKey(), value));
            }
        }
        response.cookies().forEach(cookie -> field(out, "Set-Cookie", cookie));
        line(out, "Date: " + HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
        if (hasBody(status)) {
            line(out, "Content-Length: " + response.body().length);
        }
        if (!keepAlive) {
            line(out, "Connection: close");
        }
        line(out, "");
    }

    /** 1xx, 204 and 304 never carry a body (RFC 9110 §6.4.1). */
    private static boolean hasBody(int status) {
        return status >= 200 && status != 204 && status != 304;
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        if (!Tokens.isToken(name)) {
            throw new IllegalArgumentException("The response header name '" + name + "' is not an HTTP token");
        }
        if (!Tokens.isFieldValue(value)) {
            throw new IllegalArgumentException("The value of response header '" + name
                    + "' contains a control character (CR, LF, NUL, ...), which would end or split its line");
        }
        line(out, name + ": " + value);
    }

    // ISO-8859-1, as HTTP/1.1 fields historically are; a character outside it becomes '?'.
    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
