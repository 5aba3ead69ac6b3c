package io.portablefn.gcp;

import com.google.events.cloud.firestore.v1.Document;
import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.cloudevents.CloudEvent;
import io.portablefn.api.Change;
import java.time.Instant;

/**
 * Decodes a Firestore document event ({@code google.cloud.firestore.document.v1.created},
 * {@code updated}, {@code deleted} or {@code written}, through Eventarc) into one change
 * (docs/events.md §9.1). The data is protobuf {@code DocumentEventData}, parsed with Google's
 * published classes; this is the only class that names them, so they load only when a Firestore
 * event arrives, never in an HTTP function.
 *
 * <p>Key {@code id}: the last segment of the document's name. Position: the CloudEvent id. Time:
 * the document's update time, or for a deletion the event's time. Kind: by the type, and for
 * {@code written} by which of {@code value} and {@code oldValue} hold a document.
 */
final class FirestoreChanges {

    static final String TYPE_PREFIX = "google.cloud.firestore.document.v1.";

    private FirestoreChanges() {
    }

    static Change<byte[]> decode(CloudEvent event) throws UndecodableEvent {
        String what = "Firestore event " + event.getId();
        byte[] bytes = event.getData() == null ? null : event.getData().toBytes();
        if (bytes == null || bytes.length == 0) {
            throw new UndecodableEvent(what, "the CloudEvent has no data");
        }
        DocumentEventData data;
        try {
            data = DocumentEventData.parseFrom(bytes);
        } catch (InvalidProtocolBufferException notProtobuf) {
            throw new UndecodableEvent(what, "its data (" + event.getDataContentType() + ") is not a protobuf"
                    + " DocumentEventData: " + notProtobuf.getMessage());
        }
        Document value = present(data.hasValue(), data.getValue());
        Document old = present(data.hasOldValue(), data.getOldValue());
        if (value == null && old == null) {
            throw new UndecodableEvent(what, "its data holds neither a document nor an old document");
        }
        Change.Kind kind = kind(event.getType().substring(TYPE_PREFIX.length()), value, old, what);
        String name = (value != null ? value : old).getName();
        Instant time = value != null && value.hasUpdateTime() ? instant(value.getUpdateTime())
                : event.getTime() == null ? null : event.getTime().toInstant();
        Change.Builder<byte[]> change = Change.<byte[]>builder().kind(kind)
                .key("id", name.substring(name.lastIndexOf('/') + 1))
                .position(event.getId())
                .time(time);
        if (value != null && kind != Change.Kind.DELETED) {
            change.newItem(FirestoreValues.toJson(value.getFieldsMap()));
        }
        if (old != null && kind != Change.Kind.CREATED) {
            change.oldItem(FirestoreValues.toJson(old.getFieldsMap()));
        }
        return change.build();
    }

    // Google's samples carry an empty message for an absent side ("oldValue": {}): no name, no document.
    private static Document present(boolean has, Document document) {
        return has && !document.getName().isEmpty() ? document : null;
    }

    private static Change.Kind kind(String suffix, Document value, Document old, String what) throws UndecodableEvent {
        return switch (suffix) {
            case "created" -> Change.Kind.CREATED;
            case "updated" -> Change.Kind.UPDATED;
            case "deleted" -> Change.Kind.DELETED;
            case "written" -> value == null ? Change.Kind.DELETED : old == null ? Change.Kind.CREATED : Change.Kind.UPDATED;
            default -> throw new UndecodableEvent(what, "its type " + TYPE_PREFIX + suffix + " is not a document change");
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
