package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Change;
import io.portablefn.conformance.events.WireChange;
import io.portablefn.conformance.events.WireEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code changes} event of a case file (docs/conformance.md): a list of changes to one table,
 * read as strictly as the other events; positions are the ids a case's {@code redelivered} and
 * {@code seen} name.
 */
final class ChangeCases {

    static final Set<String> FIELDS = Set.of("position", "kind", "key", "newItem", "oldItem", "time");
    /** What a change handler saw: {@code Seen.change}'s view. */
    static final Set<String> VIEW = Set.of("position", "kind", "key", "newItem", "oldItem", "time");

    private ChangeCases() {
    }

    static WireEvent.Changes changes(CaseJson reader, JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw reader.error("event.changes must be a non-empty array of changes");
        }
        List<WireChange> changes = new ArrayList<>();
        Set<String> positions = new HashSet<>();
        for (JsonNode c : array) {
            String where = "event.changes[" + changes.size() + "]";
            reader.fields(c, where, FIELDS);
            String position = reader.text(c, "position");
            if (!position.matches("[0-9]{1,40}") || !positions.add(position)) {
                throw reader.error(where + ".position is digits (every cloud carries them) and unique in the event,"
                        + " not \"" + position + "\"");
            }
            Change.Kind kind;
            try {
                kind = Change.Kind.valueOf(reader.text(c, "kind"));
            } catch (IllegalArgumentException e) {
                throw reader.error(where + ".kind is CREATED, UPDATED or DELETED, not \"" + c.get("kind").asText() + "\"");
            }
            if (kind == Change.Kind.WRITTEN) {
                throw reader.error(where + ".kind is CREATED, UPDATED or DELETED: what happened, not what a cloud says");
            }
            Map<String, String> key = new LinkedHashMap<>();
            c.path("key").fields().forEachRemaining(k -> key.put(k.getKey(), k.getValue().asText()));
            if (!key.containsKey("id")) {
                throw reader.error(where + ".key must hold \"id\", the one key property every cloud's items have");
            }
            String newItem = item(reader, c, "newItem", where);
            String oldItem = item(reader, c, "oldItem", where);
            if ((kind == Change.Kind.DELETED) != (newItem == null) || (kind == Change.Kind.CREATED && oldItem != null)) {
                throw reader.error(where + ": a CREATED change has newItem only, UPDATED newItem (and oldItem),"
                        + " DELETED oldItem only");
            }
            Instant time;
            try {
                time = Instant.parse(reader.text(c, "time"));
            } catch (DateTimeParseException e) {
                throw reader.error(where + ".time is not an ISO-8601 UTC time: " + c.get("time").asText());
            }
            changes.add(new WireChange(position, kind, key, newItem, oldItem, time));
        }
        return new WireEvent.Changes(changes);
    }

    private static String item(CaseJson reader, JsonNode change, String field, String where) {
        JsonNode item = change.get(field);
        if (item == null || item.isNull()) {
            return null;
        }
        if (!item.isObject()) {
            throw reader.error(where + "." + field + " must be the item as a JSON object");
        }
        return item.toString();
    }
}
