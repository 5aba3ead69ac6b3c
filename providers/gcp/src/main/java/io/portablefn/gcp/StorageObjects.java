package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import java.time.Instant;

/**
 * Decodes Cloud Storage's {@code StorageObjectData} (the JSON API's object resource), as the
 * {@code google.cloud.storage.object.v1.*} CloudEvents and the legacy {@code
 * google.storage.object.*} events carry it. Object names are not encoded in it: the key is the
 * name as it is. docs/events.md maps each field.
 */
final class StorageObjects {

    private StorageObjects() {
    }

    /**
     * @param id the event's id (the CloudEvent id, the legacy {@code eventId})
     * @param time the envelope's time; when null, the object's own time is used ({@code
     *     timeDeleted} for a deletion, else {@code updated}, else {@code timeCreated})
     * @param bucket the bucket named by the envelope, used when the object does not name it
     * @param name the object named by the envelope, likewise
     */
    static StorageEvent decode(JsonNode object, StorageEvent.Kind kind, String id, Instant time, String bucket,
            String name) throws UndecodableEvent {
        String what = "Cloud Storage event " + id;
        String objectBucket = JsonFields.text(object, "bucket");
        String objectName = JsonFields.text(object, "name");
        bucket = objectBucket != null ? objectBucket : bucket;
        name = objectName != null ? objectName : name;
        if (bucket == null || bucket.isEmpty()) {
            throw new UndecodableEvent(what, "it names no bucket");
        }
        if (name == null || name.isEmpty()) {
            throw new UndecodableEvent(what, "it names no object");
        }
        if (time == null) {
            time = kind == StorageEvent.Kind.DELETED ? JsonFields.time(object, what, "timeDeleted") : null;
        }
        if (time == null) {
            time = JsonFields.time(object, what, "updated");
        }
        if (time == null) {
            time = JsonFields.time(object, what, "timeCreated");
        }
        if (time == null) {
            throw new UndecodableEvent(what, "it has no time (neither the event's nor the object's)");
        }
        StorageEvent.Builder builder = StorageEvent.builder().id(id).kind(kind).bucket(bucket).key(name)
                .eventTime(time)
                .etag(JsonFields.text(object, "etag"))
                .contentType(JsonFields.text(object, "contentType"))
                .version(JsonFields.text(object, "generation"));
        Long size = JsonFields.int64(object, "size", what);
        if (size != null) {
            if (size < 0) {
                throw new UndecodableEvent(what, "'size' is negative: " + size);
            }
            builder.size(size);
        }
        return builder.build();
    }
}
