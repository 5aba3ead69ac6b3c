package io.portablefn.local;

import static io.portablefn.local.EventDecoder.allowOnly;
import static io.portablefn.local.EventDecoder.bad;
import static io.portablefn.local.EventDecoder.describe;
import static io.portablefn.local.EventDecoder.optionalText;
import static io.portablefn.local.EventDecoder.optionalTime;
import static io.portablefn.local.EventDecoder.requireObject;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Change;
import io.portablefn.runtime.EventFunction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the neutral JSON a developer posts to a change function: one change
 * ({@value #EXAMPLE_TEXT}) or a batch ({@code {"changes": [...]}}), items as plain JSON, as every
 * provider hands them to the runtime (docs/local-server.md). Strict like {@link EventDecoder}:
 * every refusal is a 400 naming the field and what is allowed.
 */
final class ChangeDecoder {

    static final List<String> CHANGE_FIELDS = List.of("kind", "key", "newItem", "oldItem", "time", "position");
    private static final String EXAMPLE_TEXT = "{\"kind\":\"UPDATED\",\"key\":{\"id\":\"o-1\"},"
            + "\"newItem\":{\"id\":\"o-1\",\"quantity\":3},\"oldItem\":{\"id\":\"o-1\",\"quantity\":2}}";
    static final String EXAMPLE = "Send " + EXAMPLE_TEXT + " or {\"changes\": [...]}.";

    private ChangeDecoder() {
    }

    /** A body that triggers a change function, for the start-up output and the list. */
    static String exampleBody() {
        return EXAMPLE_TEXT;
    }

    /** One change or a batch, in order; positions default to the change's place in the batch. */
    static List<Change<byte[]>> changes(EventFunction function, JsonNode root, Instant now) {
        EventDecoder.refuseOtherKinds(function, root, List.of("messages", "body", "bodyBase64", "attributes"),
                "a message");
        EventDecoder.refuseOtherKinds(function, root, List.of("bucket", "scheduledTime"), "another kind of event");
        requireObject(root, "The event");
        if (!root.has("changes")) {
            return List.of(change(root, "", "1", now));
        }
        allowOnly(root, "", List.of("changes"), "a batch is {\"changes\":[...]} and nothing else");
        JsonNode batch = root.get("changes");
        if (!batch.isArray() || batch.isEmpty()) {
            throw bad("Field 'changes' must be a non-empty array of changes, not " + describe(batch) + ".");
        }
        List<Change<byte[]>> changes = new ArrayList<>();
        Set<String> positions = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String at = "changes[" + i + "].";
            Change<byte[]> change = change(batch.get(i), at, Integer.toString(i + 1), now);
            if (!positions.add(change.position())) {
                // The outcome names changes by position; two at one position could not be told apart.
                throw bad("Field '" + at + "position' repeats '" + change.position() + "'; positions in a batch must"
                        + " be distinct.");
            }
            changes.add(change);
        }
        return changes;
    }

    private static Change<byte[]> change(JsonNode node, String at, String defaultPosition, Instant now) {
        requireObject(node, at.isEmpty() ? "The event" : "'" + at.substring(0, at.length() - 1) + "'");
        allowOnly(node, at, CHANGE_FIELDS, null);
        Change.Kind kind = kind(node, at);
        Change.Builder<byte[]> change = Change.<byte[]>builder().kind(kind)
                .position(optionalText(node, at, "position", defaultPosition))
                .time(optionalTime(node, at, "time", now));
        key(node, at, change);
        JsonNode newItem = item(node, at, "newItem");
        JsonNode oldItem = item(node, at, "oldItem");
        if (kind == Change.Kind.DELETED ? newItem != null : newItem == null) {
            throw bad(kind == Change.Kind.DELETED ? "Field '" + at + "newItem' is set on a DELETED change; a deletion"
                    + " has the old item only." : "Field '" + at + "newItem' is required for a " + kind + " change:"
                    + " the item after it, as JSON.");
        }
        if (kind == Change.Kind.CREATED && oldItem != null) {
            throw bad("Field '" + at + "oldItem' is set on a CREATED change; a creation has no old item.");
        }
        if (newItem != null) {
            change.newItem(newItem.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (oldItem != null) {
            change.oldItem(oldItem.toString().getBytes(StandardCharsets.UTF_8));
        }
        return change.build();
    }

    private static Change.Kind kind(JsonNode node, String at) {
        String kind = optionalText(node, at, "kind", null);
        if (kind == null) {
            throw bad("Field '" + at + "kind' is required: CREATED, UPDATED, DELETED or WRITTEN.");
        }
        try {
            return Change.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw bad("Field '" + at + "kind' is '" + kind + "'; allowed: CREATED, UPDATED, DELETED or WRITTEN.");
        }
    }

    private static void key(JsonNode node, String at, Change.Builder<byte[]> change) {
        JsonNode key = node.get("key");
        if (key == null || !key.isObject() || key.isEmpty()) {
            throw bad("Field '" + at + "key' is required: an object of the item's key properties, such as"
                    + " {\"id\": \"o-1\"}" + (key == null ? "" : ", not " + describe(key)) + ".");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = key.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = property.getValue();
            if (!value.isTextual() && !value.isNumber()) {
                throw bad("Field '" + at + "key." + property.getKey() + "' must be a string or a number, not "
                        + describe(value) + ".");
            }
            change.key(property.getKey(), value.isTextual() ? value.textValue() : value.toString());
        }
    }

    private static JsonNode item(JsonNode node, String at, String field) {
        JsonNode item = node.get(field);
        if (item == null || item.isNull()) {
            return null;
        }
        if (!item.isObject()) {
            throw bad("Field '" + at + field + "' must be the item as a JSON object, not " + describe(item) + ".");
        }
        return item;
    }
}
