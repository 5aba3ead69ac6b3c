package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import java.time.Instant;

/**
 * Decodes the legacy background-function events of Cloud Functions 1st gen: {@code {"context":
 * {"eventId", "timestamp", "eventType", "resource": {...}}, "data": {...}}}, and the older flat
 * form with {@code eventId}, {@code eventType} and a string {@code resource} beside {@code data}.
 * Pub/Sub ({@code google.pubsub.topic.publish}, {@code providers/cloud.pubsub/eventTypes/topic.publish})
 * and Cloud Storage ({@code google.storage.object.finalize} / {@code delete}, and {@code
 * providers/cloud.storage/eventTypes/object.change}, a deletion when {@code resourceState} is
 * {@code not_exists}).
 *
 * <p>Generated entry points are {@code CloudEventsFunction}s, and the invoker turns a legacy
 * event into a CloudEvent before calling one, so this decoder is not on their path. It states
 * the same mapping for the legacy form, and the tests hold both decoders to it on Google's own
 * samples.
 */
final class GcpLegacyEvents {

    private GcpLegacyEvents() {
    }

    static GcpEvent decode(byte[] json) throws UndecodableEvent {
        JsonNode root = JsonFields.parse(json, "legacy event", "the event");
        JsonNode context = root.get("context");
        JsonNode envelope = context != null && context.isObject() ? context : root;
        String id = JsonFields.text(envelope, "eventId");
        String type = JsonFields.text(envelope, "eventType");
        if (id == null || id.isEmpty() || type == null) {
            throw new UndecodableEvent("legacy event", "it has no 'eventId' or no 'eventType'");
        }
        Instant time = JsonFields.time(envelope, "legacy event " + id, "timestamp");
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new UndecodableEvent("legacy event " + id, "it has no 'data' object");
        }
        JsonNode resource = envelope.get("resource");
        String resourceName = resource == null ? null
                : resource.isObject() ? JsonFields.text(resource, "name") : resource.asText();
        return switch (type) {
            case "google.pubsub.topic.publish", "providers/cloud.pubsub/eventTypes/topic.publish" ->
                    GcpEvent.Published.of(data, PubsubMessages.decode(data, id, time, null));
            case "google.storage.object.finalize" -> storage(data, StorageEvent.Kind.CREATED, id, time, resourceName);
            case "google.storage.object.delete" -> storage(data, StorageEvent.Kind.DELETED, id, time, resourceName);
            case "providers/cloud.storage/eventTypes/object.change" -> storage(data,
                    "not_exists".equals(JsonFields.text(data, "resourceState"))
                            ? StorageEvent.Kind.DELETED : StorageEvent.Kind.CREATED, id, time, resourceName);
            case "google.storage.object.archive", "google.storage.object.metadataUpdate" ->
                    new GcpEvent.ObjectOther(id, type);
            default -> throw new UndecodableEvent("legacy event " + id,
                    "its type '" + type + "' is neither a Pub/Sub nor a Cloud Storage event");
        };
    }

    // resource: projects/_/buckets/BUCKET/objects/NAME, with "#GENERATION" in the flat form.
    private static GcpEvent storage(JsonNode data, StorageEvent.Kind kind, String id, Instant time, String resource)
            throws UndecodableEvent {
        String bucket = null;
        String name = null;
        if (resource != null) {
            int buckets = resource.indexOf("/buckets/");
            int objects = resource.indexOf("/objects/");
            if (buckets >= 0 && objects > buckets) {
                bucket = resource.substring(buckets + "/buckets/".length(), objects);
                int generation = resource.lastIndexOf('#');
                int end = generation > objects ? generation : resource.length();
                name = resource.substring(objects + "/objects/".length(), end);
            }
        }
        return new GcpEvent.ObjectChanged(StorageObjects.decode(data, kind, id, time, bucket, name));
    }
}
