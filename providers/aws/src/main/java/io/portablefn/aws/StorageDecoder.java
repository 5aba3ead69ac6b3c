package io.portablefn.aws;

import static io.portablefn.aws.UndecodableRecord.required;

import io.portablefn.api.StorageEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns S3 event notification records into {@link StorageEvent}s (docs/events.md has the table):
 * kind from {@code eventName} ({@code ObjectCreated:*} is CREATED, {@code ObjectRemoved:*}
 * DELETED, any other is an error naming it); bucket {@code s3.bucket.name}; key
 * {@code s3.object.key} URL-decoded as S3 encodes it ({@code +} is a space, {@code %2B} a plus);
 * size {@code s3.object.size}; etag {@code s3.object.eTag} without quotes; version
 * {@code s3.object.versionId}; time {@code eventTime}; no content type (S3 does not send it).
 * S3 gives a record no id of its own, so the id is {@code <bucket>/<key as sent>@<sequencer>}:
 * the sequencer orders the events of one key, so with bucket and key it names one event, the
 * same on every retry of it (the key stays as sent, URL-encoded, so the id holds no spaces; the
 * sequencer, hexadecimal, follows the last {@code @}). The request id ({@code x-amz-request-id})
 * would not do: one DeleteObjects request notifies once per object, all with its id.
 */
final class StorageDecoder {

    private StorageDecoder() {
    }

    static StorageEvent s3(Map<String, Object> record) throws UndecodableRecord {
        String name = required(record, "eventName");
        StorageEvent.Kind kind;
        if (name.startsWith("ObjectCreated:")) {
            kind = StorageEvent.Kind.CREATED;
        } else if (name.startsWith("ObjectRemoved:")) {
            kind = StorageEvent.Kind.DELETED;
        } else {
            throw new UndecodableRecord("its eventName '" + name + "' is neither an object creation (ObjectCreated:*)"
                    + " nor a removal (ObjectRemoved:*), the S3 events a storage function takes");
        }
        String bucket = required(record, "s3", "bucket", "name");
        String rawKey = required(record, "s3", "object", "key");
        String key;
        try {
            key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            throw new UndecodableRecord("its s3.object.key '" + rawKey + "' is not URL-encoded as S3 sends keys");
        }
        StorageEvent.Builder event = StorageEvent.builder()
                .id(bucket + "/" + rawKey + "@" + required(record, "s3", "object", "sequencer"))
                .kind(kind)
                .bucket(bucket)
                .key(key)
                .etag(JsonTree.text(record, "s3", "object", "eTag"))
                .version(JsonTree.text(record, "s3", "object", "versionId"))
                .eventTime(UndecodableRecord.instant(required(record, "eventTime"), "eventTime"));
        Long size = UndecodableRecord.number(JsonTree.text(record, "s3", "object", "size"), "s3.object.size", 0);
        if (size != null) {
            event.size(size);
        }
        return event.build();
    }
}
