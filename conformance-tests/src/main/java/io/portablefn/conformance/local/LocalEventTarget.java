package io.portablefn.conformance.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventDefinitions;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.local.LocalServer;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * portablefn's local server delivering events, as a developer or the Maven plugin's {@code start}
 * goal triggers them: each event is posted as the neutral JSON of docs/local-server.md ("Event
 * functions", built by {@link LocalEvents}) to {@code POST /_portablefn/events/{function}} over
 * HTTP on a loopback port, and the answer is read as the contract reads a cloud's signals:
 * <ul>
 *   <li>an outcome document (status 200, or 500 when something is to be redelivered): the ids in
 *       its {@code redeliver} list are delivered again; each event whose {@code outcome} is
 *       {@code failed} (or anything but {@code acknowledged}, {@code dropped}, {@code done}, a
 *       stream record handled, and {@code held}, a message or record held back behind a failed one) adds
 *       {@code HTTP <status>: <id> <outcome>: <detail>} to {@link Delivery#errors()};
 *   <li>any other answer (a 400 problem for an event the function does not take): nothing was
 *       acknowledged, so every posted id is delivered again, and the error is the status and the
 *       problem's {@code detail}.
 * </ul>
 * All messages of an event go in one post, one invocation, as an SQS batch does. One server per
 * function class, serving that function only and firing no timers, started on first use and
 * kept until {@link #close()}. The function runs in this JVM, so what it saw reaches the suite's
 * watch directly.
 */
public final class LocalEventTarget implements EventTarget {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Class<?>, LocalServer> servers = new HashMap<>();

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        EventFunction function = EventDefinitions.of(functionClass);
        URI uri = URI.create("http://127.0.0.1:" + server(functionClass, function).port() + "/_portablefn/events/"
                + function.name());
        HttpRequest.Builder post = HttpRequest.newBuilder(uri).timeout(TIMEOUT.plusSeconds(function.timeoutSeconds()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LocalEvents.body(function, event).toString()));
        String traceparent = traceparent(event);
        if (traceparent != null) {
            post.header("traceparent", traceparent);
        }
        HttpResponse<String> response = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
        return read(response.statusCode(), response.body(), event);
    }

    /**
     * The trace the messages were sent in, as the post's {@code traceparent} header: the event
     * endpoint continues one trace per post, so messages sent in different traces cannot share one.
     */
    private static String traceparent(WireEvent event) {
        if (!(event instanceof WireEvent.Messages batch)) {
            return null;
        }
        Set<String> traces = new LinkedHashSet<>();
        batch.messages().forEach(message -> traces.add(message.traceparent()));
        if (traces.size() > 1) {
            throw new TargetCannotRun("The local event endpoint continues one trace per post (its traceparent"
                    + " header); these messages were sent in " + traces.size() + " different traces");
        }
        return traces.iterator().next();
    }

    static Delivery read(int status, String body, WireEvent event) throws IOException {
        JsonNode answer = Json.mapper().readTree(body);
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        if (answer == null || !answer.path("events").isArray()) {
            redelivered.addAll(event.ids());
            errors.add("HTTP " + status + ": " + (answer == null ? "" : answer.path("detail").asText(body)));
            return new Delivery(redelivered, errors);
        }
        answer.path("redeliver").forEach(id -> redelivered.add(id.asText()));
        for (JsonNode outcome : answer.path("events")) {
            String kind = outcome.path("outcome").asText();
            if (!List.of("acknowledged", "dropped", "held", "done").contains(kind)) {
                errors.add("HTTP " + status + ": " + outcome.path("id").asText() + " " + kind + ": "
                        + outcome.path("detail").asText());
            }
        }
        return new Delivery(redelivered, errors);
    }

    private synchronized LocalServer server(Class<?> functionClass, EventFunction function) {
        return servers.computeIfAbsent(functionClass, k -> LocalServer.start(0, List.of(function), Map.of()));
    }

    @Override
    public synchronized void close() {
        servers.values().forEach(LocalServer::stop);
        servers.clear();
    }

    @Override
    public String toString() {
        return name();
    }
}
