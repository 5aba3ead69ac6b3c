package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one event case file's JSON into an {@link EventCase}, as strictly as {@link CaseParser}
 * reads HTTP cases: unknown fields, ids the event does not have and malformed times are errors
 * naming the file and the field. The format is documented in docs/conformance.md.
 */
final class EventCaseParser {

    private static final Set<String> CASE_FIELDS = Set.of("id", "description", "rules", "function", "event", "expect",
            "notApplicable");
    private static final Set<String> EVENT_FIELDS = Set.of("messages", "storage", "schedule", "foreign", "changes",
            "records");
    private static final Set<String> MESSAGE_FIELDS =
            Set.of("id", "body", "bodyBase64", "attributes", "deliveryCount", "publishTime", "orderingKey",
                    "traceparent");
    private static final Set<String> STORAGE_FIELDS =
            Set.of("id", "kind", "bucket", "key", "size", "etag", "contentType", "eventTime", "version");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("id", "scheduledTime", "pastDue");
    private static final Set<String> FOREIGN_FIELDS = Set.of("id", "description");
    private static final Set<String> EXPECT_FIELDS = Set.of("redelivered", "seen", "errorsContain", "errorsExclude");
    /** The fields of what a handler saw (docs/conformance.md), per kind of event. */
    private static final Set<String> MESSAGE_VIEW = Set.of("id", "body", "bodyBase64", "attributes", "deliveryCount",
            "publishTime", "orderingKey", "typed", "traceparent");
    private static final Set<String> STORAGE_VIEW = STORAGE_FIELDS;
    private static final Set<String> SCHEDULE_VIEW = SCHEDULE_FIELDS;
    private static final Set<String> CHANGE_VIEW = ChangeCases.VIEW;
    private static final Set<String> TIMES = Set.of("publishTime", "eventTime", "scheduledTime", "time",
            StreamCaseParser.TIME);

    private final CaseJson reader;

    private EventCaseParser(String source) {
        this.reader = new CaseJson(source);
    }

    /** Parses {@code json}, read from {@code source}; the function is found by {@code functions}. */
    static EventCase parse(JsonNode json, String source, FunctionNames functions) {
        return new EventCaseParser(source).parseCase(json, functions);
    }

    private EventCase parseCase(JsonNode json, FunctionNames functions) {
        reader.fields(json, "the case", CASE_FIELDS);
        String id = reader.text(json, "id");
        Class<?> function = functions.resolve(reader.text(json, "function"), reader.source());
        WireEvent event = event(json.get("event"));
        return new EventCase(id, json.path("description").asText(""), reader.strings(json, "rules"), function, event,
                expectation(json.get("expect"), event), reader.source(), reader.notApplicable(json));
    }

    private WireEvent event(JsonNode json) {
        reader.fields(json, "event", EVENT_FIELDS);
        if (json.size() != 1) {
            throw reader.error("event holds exactly one of " + EVENT_FIELDS + ", not " + json.size());
        }
        if (json.has("messages")) {
            return messages(json.get("messages"));
        }
        if (json.has("records")) {
            return StreamCaseParser.records(json.get("records"), reader);
        }
        if (json.has("storage")) {
            JsonNode s = json.get("storage");
            reader.fields(s, "event.storage", STORAGE_FIELDS);
            StorageEvent.Kind kind;
            try {
                kind = StorageEvent.Kind.valueOf(reader.text(s, "kind"));
            } catch (IllegalArgumentException e) {
                throw reader.error("event.storage.kind is CREATED or DELETED, not \"" + s.get("kind").asText() + "\"");
            }
            Long size = s.path("size").isNull() || s.path("size").isMissingNode() ? null : number(s, "size", "event.storage");
            return new WireEvent.StorageChange(reader.text(s, "id"), kind, reader.text(s, "bucket"), reader.text(s, "key"),
                    size, reader.optionalText(s, "etag", "event.storage"),
                    reader.optionalText(s, "contentType", "event.storage"), instant(s, "eventTime", "event.storage"),
                    reader.optionalText(s, "version", "event.storage"));
        }
        if (json.has("changes")) {
            return ChangeCases.changes(reader, json.get("changes"));
        }
        if (json.has("schedule")) {
            JsonNode s = json.get("schedule");
            reader.fields(s, "event.schedule", SCHEDULE_FIELDS);
            if (!s.path("pastDue").isMissingNode() && !s.path("pastDue").isBoolean()) {
                throw reader.error("event.schedule.pastDue must be true or false");
            }
            return new WireEvent.Firing(reader.text(s, "id"), instant(s, "scheduledTime", "event.schedule"),
                    s.path("pastDue").asBoolean(false));
        }
        JsonNode f = json.get("foreign");
        reader.fields(f, "event.foreign", FOREIGN_FIELDS);
        return new WireEvent.Foreign(reader.text(f, "id"), f.path("description").asText(""));
    }

    private WireEvent.Messages messages(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw reader.error("event.messages must be a non-empty array of messages");
        }
        List<WireMessage> messages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode m : array) {
            reader.fields(m, "event.messages[" + messages.size() + "]", MESSAGE_FIELDS);
            String where = "event.messages[" + messages.size() + "]";
            String id = reader.text(m, "id");
            if (!ids.add(id)) {
                throw reader.error(where + ": the id \"" + id + "\" is used twice; message ids are unique in a batch");
            }
            if (m.has("body") && m.has("bodyBase64")) {
                throw reader.error(where + ": give the body as \"body\" (text) or \"bodyBase64\", not both");
            }
            byte[] body = m.has("bodyBase64") ? reader.base64(m, "bodyBase64")
                    : m.path("body").asText("").getBytes(StandardCharsets.UTF_8);
            Map<String, String> attributes = new LinkedHashMap<>();
            JsonNode given = m.path("attributes");
            if (!given.isMissingNode() && !given.isObject()) {
                throw reader.error(where + ".attributes must be an object of strings");
            }
            given.fields().forEachRemaining(a -> attributes.put(a.getKey(), a.getValue().asText()));
            Integer count = m.path("deliveryCount").isMissingNode() ? null : (int) number(m, "deliveryCount", where);
            if (count != null && count < 1) {
                throw reader.error(where + ".deliveryCount is at least 1");
            }
            Instant published = m.has("publishTime") ? instant(m, "publishTime", where) : null;
            messages.add(new WireMessage(id, body, attributes, count, published,
                    reader.optionalText(m, "orderingKey", where), reader.optionalText(m, "traceparent", where)));
        }
        return new WireEvent.Messages(messages);
    }

    private EventExpectation expectation(JsonNode json, WireEvent event) {
        reader.fields(json, "expect", EXPECT_FIELDS);
        if (!json.path("redelivered").isArray()) {
            throw reader.error("expect.redelivered is missing: list the ids the cloud must deliver again ([] for none)");
        }
        List<String> redelivered = reader.strings(json, "redelivered");
        redelivered.forEach(id -> requireId(id, event, "expect.redelivered"));
        Map<String, ObjectNode> seen = null;
        if (json.has("seen")) {
            JsonNode given = json.get("seen");
            reader.fields(given, "expect.seen", Set.copyOf(event.ids()));
            seen = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                seen.put(entry.getKey(), view(entry.getValue(), event, "expect.seen." + entry.getKey()));
            }
        }
        return new EventExpectation(redelivered, seen, reader.strings(json, "errorsContain"),
                reader.strings(json, "errorsExclude"));
    }

    private ObjectNode view(JsonNode json, WireEvent event, String where) {
        Set<String> allowed = event instanceof WireEvent.Messages ? MESSAGE_VIEW
                : event instanceof WireEvent.StorageChange ? STORAGE_VIEW
                : event instanceof WireEvent.Firing ? SCHEDULE_VIEW
                : event instanceof WireEvent.Changes ? CHANGE_VIEW
                : event instanceof WireEvent.Records ? StreamCaseParser.RECORD_VIEW : Set.of();
        reader.fields(json, where, allowed);
        ObjectNode view = ((ObjectNode) json).deepCopy();
        for (String time : TIMES) {
            if (view.path(time).isTextual()) {
                view.put(time, instant(view, time, where).toString());
            }
        }
        return view;
    }

    private void requireId(String id, WireEvent event, String where) {
        if (!event.ids().contains(id)) {
            throw reader.error(where + " names \"" + id + "\", which is not an id of the event; its ids are " + event.ids());
        }
    }

    private long number(JsonNode json, String field, String where) {
        if (!json.path(field).canConvertToLong() || !json.path(field).isIntegralNumber()) {
            throw reader.error(where + "." + field + " must be a whole number");
        }
        return json.get(field).asLong();
    }

    private Instant instant(JsonNode json, String field, String where) {
        try {
            return Instant.parse(reader.text(json, field));
        } catch (DateTimeParseException e) {
            throw reader.error(where + "." + field + " is not an ISO-8601 UTC time such as 2026-03-01T02:30:00Z: "
                    + json.get(field).asText());
        }
    }
}
