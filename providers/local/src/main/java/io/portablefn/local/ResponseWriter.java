package io.portablefn.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.portablefn.api.HttpResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes an {@link HttpResponse} to the JDK server: the status, each header value as its own
 * line, each Set-Cookie as its own line, and the body with a fixed Content-Length (never
 * chunked). Responses that HTTP says carry no body (1xx, 204, 304, and any answer to HEAD) get
 * none.
 */
final class ResponseWriter {

    // Framing belongs to the server, as it does to every cloud's front door: a function's own
    // value could contradict the bytes actually sent.
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    private ResponseWriter() {
    }

    /**
     * Writes {@code response}; if the JDK refuses one of its headers (a value with a line break,
     * say) before anything is sent, writes what {@code fallback} makes of the refusal instead.
     *
     * @throws IOException when the client has gone away
     */
    static void write(HttpExchange exchange, HttpResponse response, Function<IllegalArgumentException, HttpResponse> fallback)
            throws IOException {
        try {
            setHeaders(exchange.getResponseHeaders(), response);
        } catch (IllegalArgumentException refusedHeader) {
            exchange.getResponseHeaders().clear();
            response = fallback.apply(refusedHeader);
            setHeaders(exchange.getResponseHeaders(), response);
        }
        int status = response.status();
        byte[] body = response.body();
        boolean bodiless = status < 200 || status == 204 || status == 304
                || "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        if (bodiless || body.length == 0) {
            exchange.sendResponseHeaders(status, -1); // -1: no body; the JDK sends Content-Length: 0 where allowed
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void setHeaders(Headers out, HttpResponse response) {
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            if (!FRAMING.contains(header.getKey())) {
                header.getValue().forEach(value -> out.add(header.getKey(), value));
            }
        }
        response.cookies().forEach(cookie -> out.add("Set-Cookie", cookie));
    }
}
