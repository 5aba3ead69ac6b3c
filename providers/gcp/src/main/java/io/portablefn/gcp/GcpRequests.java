package io.portablefn.gcp;

import com.google.cloud.functions.HttpRequest;
import io.portablefn.runtime.Bodies;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decodes the Functions Framework's request into the neutral one.
 *
 * <p>What java-function-invoker 1.4.1 hands us (servlet API on Jetty 9.4): {@code getPath()} is
 * {@code HttpServletRequest.getRequestURI()}, still percent-encoded; {@code getQuery()} is
 * {@code getQueryString()}, raw too; {@code getHeaders()} maps each name (case-insensitively)
 * to its lines in the order received, never comma-split.
 */
final class GcpRequests {

    /** Names searched, in order, for the request id; docs/mapping.md states the same order. */
    static final List<String> REQUEST_ID_HEADERS =
            List.of("function-execution-id", "traceparent", "x-cloud-trace-context");

    private GcpRequests() {
    }

    static io.portablefn.api.HttpRequest decode(HttpRequest request) throws IOException {
        io.portablefn.api.HttpRequest.Builder builder = io.portablefn.api.HttpRequest.builder()
                .method(request.getMethod())
                .path(Bodies.decodePath(request.getPath()))
                .rawQuery(request.getQuery().orElse(""));
        Map<String, List<String>> headers = request.getHeaders();
        headers.forEach((name, lines) -> lines.forEach(line -> builder.header(name, line)));
        try (InputStream body = request.getInputStream()) {
            builder.body(body.readAllBytes());
        }
        return builder.requestId(requestId(headers)).build();
    }

    // The invoker's map is case-insensitive, but a hand-made one (tests, other hosts) may not be.
    static String requestId(Map<String, List<String>> headers) {
        for (String wanted : REQUEST_ID_HEADERS) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(wanted) && !header.getValue().isEmpty()
                        && !header.getValue().get(0).isBlank()) {
                    return header.getValue().get(0);
                }
            }
        }
        return UUID.randomUUID().toString();
    }
}
