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

    /** Decodes the request; its headers and request id are read from {@code headers} when asked for. */
    static io.portablefn.api.HttpRequest decode(HttpRequest request, InvokerHeaders headers) throws IOException {
        io.portablefn.api.HttpRequest.Builder builder = io.portablefn.api.HttpRequest.builder()
                .method(request.getMethod())
                .path(Bodies.decodePath(request.getPath()))
                .rawQuery(request.getQuery().orElse(""))
                .headers(headers)
                .requestIdFrom(headers);
        try (InputStream body = request.getInputStream()) {
            builder.body(body.readAllBytes());
        }
        return builder.build();
    }

    // The invoker's map is case-insensitive, so a lookup finds the name; a hand-made one (tests,
    // other hosts) may not be, so a miss is searched for in any case.
    static String requestId(Map<String, List<String>> headers) {
        for (String wanted : REQUEST_ID_HEADERS) {
            String value = firstLine(headers.get(wanted));
            if (value != null) {
                return value;
            }
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                value = firstLine(header.getValue());
                if (value != null && header.getKey().equalsIgnoreCase(wanted)) {
                    return value;
                }
            }
        }
        return UUID.randomUUID().toString();
    }

    private static String firstLine(List<String> lines) {
        return lines == null || lines.isEmpty() || lines.get(0).isBlank() ? null : lines.get(0);
    }
}
