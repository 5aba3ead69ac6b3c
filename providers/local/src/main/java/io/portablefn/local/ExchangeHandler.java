package io.portablefn.local;

import io.portablefn.api.Headers;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.Bodies;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.Problems;
import io.portablefn.runtime.log.ReadableLog;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one request into an {@link HttpRequest} exactly as a cloud would (raw path decoded with
 * {@link Bodies#decodePath}, raw query parsed, every header line kept, body bytes), runs the
 * routed function (or, under {@code /_portablefn}, the {@link EventEndpoint}), and returns its
 * {@link HttpResponse}. Whatever goes wrong in here becomes a 500 problem; the client never sees
 * a stack trace. Thread-safe.
 */
final class ExchangeHandler {

    // W3C traceparent: version-traceid-parentid-flags; the trace id names the request.
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    private final Router router;
    private final EventEndpoint events;
    private final PrintStream log;

    ExchangeHandler(Router router, EventEndpoint events, PrintStream log) {
        this.router = router;
        this.events = events;
        this.log = log;
    }

    /** The answer to {@code head} with {@code body}; never throws. */
    HttpResponse answer(RequestHead head, byte[] body, String requestId) {
        try {
            return route(head, body, requestId);
        } catch (RuntimeException | Error failure) {
            return serverFailure(head, requestId, failure);
        }
    }

    private HttpResponse route(RequestHead head, byte[] body, String requestId) {
        String rawPath = head.rawPath();
        HttpRequest.Builder request = HttpRequest.builder()
                .method(head.method())
                .path(Bodies.decodePath(rawPath.isEmpty() ? "/" : rawPath))
                .rawQuery(head.rawQuery())
                .body(body)
                .requestId(requestId);
        for (Map.Entry<String, String> header : head.headers()) {
            request.header(header.getKey(), header.getValue());
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
                new ReadableLog(System.err)).continuing(() -> trace(decoded.headers()));
        return function.call(decoded.withPathParameters(match.parameters()), context);
    }

    /**
     * The trace context a request to the local server carries, on an HTTP function's route and on
     * the event endpoint alike: its W3C {@code traceparent} and {@code tracestate} headers; null
     * (a fresh context) without a valid one.
     */
    static TraceContext trace(Headers headers) {
        return TraceContext.parse(headers.get("traceparent").orElse(null), headers.get("tracestate").orElse(null))
                .orElse(null);
    }

    /** Logs {@code failure} with the request it happened on and answers a 500 problem naming the invocation. */
    HttpResponse serverFailure(RequestHead head, String requestId, Throwable failure) {
        synchronized (log) {
            log.println("[portablefn-local] ERROR the local server failed on " + head.method() + " " + head.rawPath()
                    + " (invocation " + requestId + ")");
            failure.printStackTrace(log);
        }
        return Problems.internalError(requestId);
    }

    /** The trace id of a valid W3C {@code traceparent} header, else a fresh UUID. */
    static String requestId(RequestHead head) {
        String traceparent = head.first("traceparent");
        if (traceparent != null) {
            Matcher match = TRACEPARENT.matcher(traceparent.strip());
            if (match.matches()) {
                return match.group(1);
            }
        }
        return UUID.randomUUID().toString();
    }
}
