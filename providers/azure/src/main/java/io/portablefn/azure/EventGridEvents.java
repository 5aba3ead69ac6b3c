package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what the Event Grid trigger binds to a String: one event as JSON, in the Event Grid
 * schema ({@code eventType}, {@code eventTime}) or the CloudEvents 1.0 schema ({@code type},
 * {@code time}, {@code specversion}), whichever the event subscription delivers. An array (a
 * batch, as the webhook body holds it) is read event by event.
 *
 * <p>Blob Storage events map to {@link StorageEvent}: {@code Microsoft.Storage.BlobCreated} is
 * CREATED, {@code BlobDeleted} is DELETED; the id is the event's id, the time its event time,
 * size {@code data.contentLength}, etag {@code data.eTag}, content type {@code data.contentType};
 * container and name as {@link BlobLocations} reads them. Blob events carry no version.
 */
final class EventGridEvents {

    static final String CREATED = "Microsoft.Storage.BlobCreated";
    static final String DELETED = "Microsoft.Storage.BlobDeleted";
    private static final String STORAGE = "Microsoft.Storage.";

    private EventGridEvents() {
    }

    /** One event of the trigger value, decoded or classified. */
    sealed interface Decoded {
        /** The event's id; {@code (no id)} when it has none. */
        String id();
    }

    /** A blob created or deleted. */
    record Blob(StorageEvent event) implements Decoded {
        @Override
        public String id() {
            return event.id();
        }
    }

    /** Another Blob Storage event (a tier change, a rename): not one a storage function takes. */
    record OtherStorage(String id, String type) implements Decoded {
    }

    /** An event from another source than Blob Storage. */
    record Foreign(String id, String type) implements Decoded {
    }

    /** A Blob Storage event that lacks what a StorageEvent needs. */
    record Undecodable(String id, String problem) implements Decoded {
    }

    /**
     * The events in the trigger value.
     *
     * @throws BindingValues.Unreadable when it is not a JSON object or array of objects
     */
    static List<Decoded> decode(String value) throws BindingValues.Unreadable {
        JsonNode root;
        try {
            root = value == null ? null : Json.mapper().readTree(value);
        } catch (JsonProcessingException invalid) {
            root = null;
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new BindingValues.Unreadable("the Event Grid trigger value is not a JSON event");
        }
        List<Decoded> events = new ArrayList<>();
        for (JsonNode event : root.isArray() ? root : List.of(root)) {
            if (!event.isObject()) {
                throw new BindingValues.Unreadable("the Event Grid trigger value holds something other than events");
            }
            events.add(one(event));
        }
        return events;
    }

    private static Decoded one(JsonNode event) {
        boolean cloudEvent = event.has("specversion");
        String id = text(event, "id");
        String type = text(event, cloudEvent ? "type" : "eventType");
        if (id == null) {
            return new Undecodable("(no id)", "the event has no id");
        }
        if (type == null) {
            return new Undecodable(id, "the event has no " + (cloudEvent ? "type" : "eventType"));
        }
        if (!type.equals(CREATED) && !type.equals(DELETED)) {
            return type.startsWith(STORAGE) ? new OtherStorage(id, type) : new Foreign(id, type);
        }
        JsonNode data = event.path("data");
        if (!data.isObject()) {
            return new Undecodable(id, "the " + type + " event has no data object");
        }
        BlobLocations.Location location = BlobLocations.of(text(event, "subject"), text(data, "url"));
        if (location == null) {
            return new Undecodable(id, "neither its subject nor data.url names a container and a blob");
        }
        String timeText = text(event, cloudEvent ? "time" : "eventTime");
        Instant time = timeText == null ? null : BindingValues.instant(timeText);
        if (time == null) {
            return new Undecodable(id, "the event has no valid " + (cloudEvent ? "time" : "eventTime"));
        }
        StorageEvent.Builder builder = StorageEvent.builder()
                .id(id)
                .kind(type.equals(CREATED) ? StorageEvent.Kind.CREATED : StorageEvent.Kind.DELETED)
                .bucket(location.container())
                .key(location.name())
                .etag(text(data, "eTag"))
                .contentType(text(data, "contentType"))
                .eventTime(time);
        JsonNode size = data.path("contentLength");
        if (size.canConvertToLong() && size.asLong() >= 0) {
            builder.size(size.asLong());
        }
        return new Blob(builder.build());
    }

    // A non-empty string field, else null.
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }
}
