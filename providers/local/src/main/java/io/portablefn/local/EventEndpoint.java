package io.portablefn.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Headers;
import io.portablefn.api.Change;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.Problems;
import io.portablefn.runtime.log.ReadableLog;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The local server's own paths, under {@value #PREFIX}: {@code POST /_portablefn/events/{function}}
 * hands a neutral JSON event ({@link EventDecoder}) to an event function and answers what
 * became of each event; {@code GET /_portablefn/events} lists the event functions. On a cloud
 * each event function has its own trigger; this is the local stand-in. Thread-safe.
 */
final class EventEndpoint {

    /** Reserved for the server: no HTTP function may have a path under it. */
    static final String PREFIX = "/_portablefn";
    static final String EVENTS = PREFIX + "/events";

    private final Map<String, EventFunction> functions = new LinkedHashMap<>();
    private final StreamDecoder streams = new StreamDecoder();
    private final Set<String> httpNames;
    private final Clock clock;
    private final PrintStream log;

    EventEndpoint(List<EventFunction> events, Collection<HttpFunction> http, Clock clock, PrintStream log) {
        events.forEach(function -> functions.put(function.name(), function));
        this.httpNames = http.stream().map(HttpFunction::name).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
        this.log = log;
    }

    /** True for {@value #PREFIX} and every path under it. */
    static boolean reserved(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /** The answer to a request for a reserved path. */
    HttpResponse answer(HttpRequest request) {
        String path = request.path();
        if (path.equals(EVENTS)) {
            return "GET".equals(request.method()) ? list()
                    : HttpFunction.methodNotAllowed(request.method(), EnumSet.of(HttpMethod.GET));
        }
        String name = path.startsWith(EVENTS + "/") ? path.substring(EVENTS.length() + 1) : "";
        if (name.isEmpty() || name.contains("/")) {
            return Problems.response(404, "Paths under " + PREFIX + "/ belong to the local server: POST " + EVENTS
                    + "/{function} triggers an event function and GET " + EVENTS + " lists them. " + known());
        }
        EventFunction function = functions.get(name);
        if (function == null) {
            String why = httpNames.contains(name) ? "'" + name + "' is an HTTP function; call it at its own path."
                    : "There is no event function '" + name + "'.";
            return Problems.response(404, why + " " + known());
        }
        if (!"POST".equals(request.method())) {
            return HttpFunction.methodNotAllowed(request.method(), EnumSet.of(HttpMethod.POST));
        }
        try {
            return deliver(function, body(function, request.body()), request.requestId(), request.headers());
        } catch (HttpException badInput) {
            return Problems.of(badInput);
        }
    }

    /** Decodes everything first, so that a mistake anywhere in a batch delivers nothing. */
    private HttpResponse deliver(EventFunction function, JsonNode root, String invocationId, Headers headers) {
        Instant now = clock.instant();
        // The deadline is watched in real time, whatever clock supplies the events' defaults.
        // Every event of the POST continues the trace its traceparent header names.
        InvocationContext context = new InvocationContext(Provider.LOCAL, invocationId, function.name(),
                Instant.now().plusSeconds(function.timeoutSeconds()),
                new ReadableLog(log)).continuing(() -> ExchangeHandler.trace(headers));
        Outcomes outcomes = new Outcomes(function);
        switch (function.kind()) {
            case QUEUE, TOPIC -> {
                List<Message> messages = EventDecoder.messages(function, root, now);
                // An ordered queue (docs/events.md, event.outcome.ordered-groups): once a message of
                // an ordering key fails, the later ones of that key wait for it, unhandled.
                Set<String> failedKeys = new HashSet<>();
                for (Message message : messages) {
                    String key = function.kind() == EventFunction.Kind.QUEUE ? message.orderingKey().orElse(null) : null;
                    if (key != null && failedKeys.contains(key)) {
                        outcomes.hold(message.id(), key);
                        continue;
                    }
                    EventOutcome outcome = function.deliver(message, context);
                    outcomes.add(message.id(), outcome, null);
                    if (key != null && outcome.redeliver()) {
                        failedKeys.add(key);
                    }
                }
            }
            case STORAGE -> {
                StorageEvent event = EventDecoder.storage(function, root, now);
                String note = function.storageEvents().contains(event.kind()) ? null
                        : "not handed to the function, which takes " + function.storageEvents().stream()
                        .map(Enum::name).sorted().collect(Collectors.joining(" and ")) + " events only; a cloud acknowledges the others without calling it";
                outcomes.add(event.id(), function.deliver(event, context), note);
            }
            case SCHEDULE -> {
                ScheduleEvent firing = EventDecoder.firing(function, root, now);
                outcomes.add(firing.id(), function.deliver(firing, context), null);
            }
            case CHANGE -> {
                // The batch keeps its order and stops at the first failure (docs/events.md §9.2).
                List<Change<byte[]>> changes = ChangeDecoder.changes(function, root, now);
                int failed = function.deliverInOrder(changes, context);
                for (int i = 0; i < changes.size(); i++) {
                    String position = changes.get(i).position();
                    if (failed < 0 || i < failed) {
                        outcomes.add(position, EventOutcome.ACKNOWLEDGED, "handed to the function, which returned or"
                                + " dropped it; a cloud would go on past it");
                    } else if (i == failed) {
                        outcomes.add(position, EventOutcome.FAILED, null);
                    } else {
                        outcomes.hold(position, "not handed to the function: the change at position "
                                + changes.get(failed).position() + " failed before it; a cloud delivers it again after"
                                + " that one, in order", true);
                    }
                }
            }
            case STREAM -> outcomes.batch(streams.records(function, root, now), context);
        }
        return outcomes.response();
    }

    private static JsonNode body(EventFunction function, byte[] body) {
        if (body.length == 0) {
            if (function.kind() == EventFunction.Kind.SCHEDULE) {
                return Json.mapper().createObjectNode();
            }
            throw HttpException.badRequest("The body is empty. " + EventDecoder.example(function.kind()));
        }
        JsonNode root = (JsonNode) Json.readBody(body, Json.type(JsonNode.class), "event body");
        return root == null ? Json.mapper().nullNode() : root;
    }

    private HttpResponse list() {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("functions");
        for (EventFunction function : functions.values()) {
            ObjectNode entry = list.addObject()
                    .put("name", function.name())
                    .put("kind", kindName(function))
                    .put("trigger", "POST " + EVENTS + "/" + function.name());
            entry.set("example", tree(exampleBody(function)));
        }
        return json(200, root);
    }

    private String known() {
        if (functions.isEmpty()) {
            return "This project has no event functions.";
        }
        StringJoiner names = new StringJoiner(", ", "Event functions: ", ".");
        functions.values().forEach(function -> names.add(function.name() + " (" + kindName(function) + ")"));
        return names.toString();
    }

    /** "queue", "topic", "storage" or "schedule". */
    static String kindName(EventFunction function) {
        return function.kind().name().toLowerCase(Locale.ROOT);
    }

    /** A body that triggers this function, as JSON text, for the start-up output and the list. */
    static String exampleBody(EventFunction function) {
        return switch (function.kind()) {
            case QUEUE, TOPIC -> "{\"body\":{\"hello\":\"world\"},\"attributes\":{\"source\":\"curl\"}}";
            case STORAGE -> "{\"kind\":\"" + (function.storageEvents().contains(StorageEvent.Kind.CREATED)
                    ? "CREATED" : "DELETED") + "\",\"bucket\":\"my-bucket\",\"key\":\"photos/cat.jpg\",\"size\":2048}";
            case SCHEDULE -> "{}";
            case CHANGE -> ChangeDecoder.exampleBody();
            case STREAM -> "{\"partitionKey\":\"user-7\",\"body\":{\"hello\":\"world\"}}";
        };
    }

    /** The command that triggers this function on a server on {@code port}. */
    static String curl(EventFunction function, int port) {
        return "curl -X POST http://localhost:" + port + EVENTS + "/" + function.name()
                + " -H 'Content-Type: application/json' -d '" + exampleBody(function) + "'";
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("An example body is not JSON: " + json, impossible);
        }
    }

    private static HttpResponse json(int status, JsonNode body) {
        try {
            return HttpResponse.status(status).contentType("application/json")
                    .jsonBytes(Json.mapper().writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree could not be written", impossible);
        }
    }

    /** What became of each event of one request, in order. */
    private static final class Outcomes {
        private final ObjectNode root = Json.mapper().createObjectNode();
        private final ArrayNode events;
        private final ArrayNode redeliver;
        private final EventFunction function;

        Outcomes(EventFunction function) {
            this.function = function;
            root.put("function", function.name()).put("kind", kindName(function));
            events = root.putArray("events");
            redeliver = root.putArray("redeliver");
        }

        void add(String id, EventOutcome outcome, String note) {
            ObjectNode event = events.addObject().put("id", id).put("outcome", outcome.name().toLowerCase(Locale.ROOT));
            event.put("detail", note != null ? note : switch (outcome) {
                case ACKNOWLEDGED -> "the function returned; a cloud would acknowledge it";
                case DROPPED -> "the function threw DropEventException; a cloud would acknowledge it without retry"
                        + " (the reason is in the server log)";
                case FAILED -> "would be redelivered, and finally dead-lettered: the function threw, ran out of"
                        + " time or could not take the body (the server log says which)";
            });
            if (outcome.redeliver()) {
                redeliver.add(id);
            }
        }

        /**
         * A stream batch, handed over as a cloud hands one partition's batch ({@link
         * EventFunction#deliverInOrder}): the records before a failed one are done, the failed one
         * and those after it are to be delivered again, in order.
         */
        void batch(List<StreamRecord> records, InvocationContext context) {
            int failed = function.deliverInOrder(records, context);
            for (int i = 0; i < records.size(); i++) {
                String sequence = records.get(i).sequence();
                if (failed < 0 || i < failed) {
                    events.addObject().put("id", sequence).put("outcome", "done").put("detail", "the function returned"
                            + " or dropped it (the server log says which); a cloud would move past it");
                } else if (i == failed) {
                    events.addObject().put("id", sequence).put("outcome", "failed").put("detail", "would be"
                            + " delivered again, and after the retries given up to the dead-letter place: the function"
                            + " threw, ran out of time or could not take the body (the server log says which)");
                    redeliver.add(sequence);
                } else {
                    events.addObject().put("id", sequence).put("outcome", "held").put("detail", "not handed to the"
                            + " function: record " + records.get(failed).sequence() + " before it failed; a stream"
                            + " delivers this one after it, in order");
                    redeliver.add(sequence);
                }
            }
        }

        /** A message not handed to the function because an earlier one of its ordering key failed. */
        void hold(String id, String key) {
            hold(id, "not handed to the function: an earlier message with ordering key '" + key + "' failed; an"
                    + " ordered queue delivers this one after it", true);
        }

        /** An event not handed to the function, with why. */
        void hold(String id, String detail, boolean redelivered) {
            events.addObject().put("id", id).put("outcome", "held").put("detail", detail);
            if (redelivered) {
                redeliver.add(id);
            }
        }

        /** 200 when nothing is to be redelivered; else 500, as a push endpoint answers to get a retry. */
        HttpResponse response() {
            return json(redeliver.isEmpty() ? 200 : 500, root);
        }
    }
}
