package io.portablefn.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.Bodies;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.Problems;
import io.portablefn.runtime.StreamLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one exchange of the JDK server into an {@link HttpRequest} exactly as a cloud would
 * (raw path decoded with {@link Bodies#decodePath}, raw query parsed, every header line kept,
 * body bytes), runs the routed function (or, under {@code /_portablefn}, the {@link
 * EventEndpoint}), and writes its {@link HttpResponse} back. Whatever
 * goes wrong in here becomes a 500 problem; the client never sees a stack trace.
 */
final class ExchangeHandler implements com.sun.net.httpserver.HttpHandler {

    /** Lambda's limit for a synchronous request payload; the strictest of the three clouds. */
    static final int DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

    // W3C traceparent: version-traceid-parentid-flags; the trace id names the request.
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    private final Router router;
    private final EventEndpoint events;
    private final int maxBodyBytes;
    private final PrintStream log;

    ExchangeHandler(Router router, EventEndpoint events, int maxBodyBytes, PrintStream log) {
        this.router = router;
        this.events = events;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String requestId = requestId(exchange.getRequestHeaders());
        try {
            HttpResponse response;
            try {
                response = answer(exchange, requestId);
            } catch (IOException clientGone) {
                return;
            } catch (RuntimeException | Error failure) {
                response = serverFailure(exchange, requestId, failure);
            }
            ResponseWriter.write(exchange, response, refused -> serverFailure(exchange, requestId, refused));
        } catch (IOException | RuntimeException clientGoneOrUnwritable) {
            // Nothing more can reach this client; the connection is closed below.
        } finally {
            exchange.close();
        }
    }

    private HttpResponse answer(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = readBody(exchange);
        if (body == null) {
            return Problems.response(413, "The request body is larger than the local server's limit of "
                    + maxBodyBytes + " bytes (" + (maxBodyBytes / (1024 * 1024)) + " MiB, as on AWS Lambda).");
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        HttpRequest.Builder request = HttpRequest.builder()
                .method(exchange.getRequestMethod())
                .path(Bodies.decodePath(rawPath == null || rawPath.isEmpty() ? "/" : rawPath))
                .rawQuery(exchange.getRequestURI().getRawQuery())
                .body(body)
                .requestId(requestId);
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            header.getValue().forEach(line -> request.header(header.getKey(), line));
        }
        HttpRequest decoded = request.build();
        if (EventEndpoint.reserved(decoded.path())) {
            return events.answer(decoded);
        }
        Router.Match match = router.route(decoded.method(), decoded.path());
        if (match.rejection() != null) {
            return match.rejection();
        }
        HttpFunction function = match.function();
        InvocationContext context = new InvocationContext(Provider.LOCAL, requestId, function.name(),
                Instant.now().plusSeconds(function.timeoutSeconds()),
                new StreamLogger(System.err, "[" + function.name() + "]"));
        return function.call(decoded.withPathParameters(match.parameters()), context);
    }

    /** The body, or null if it is larger than the limit; a declared length is checked first. */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBodyBytes) {
                    return null;
                }
            } catch (NumberFormatException ignored) {
                // The JDK server has already rejected a malformed length; read what arrives.
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private HttpResponse serverFailure(HttpExchange exchange, String requestId, Throwable failure) {
        synchronized (log) {
            log.println("[portablefn-local] ERROR the local server failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath() + " (invocation " + requestId + ")");
            failure.printStackTrace(log);
        }
        return Problems.internalError(requestId);
    }

    static String requestId(Headers headers) {
        String traceparent = headers.getFirst("traceparent");
        if (traceparent != null) {
            Matcher match = TRACEPARENT.matcher(traceparent.strip());
            if (match.matches()) {
                return match.group(1);
            }
        }
        return UUID.randomUUID().toString();
    }
}
