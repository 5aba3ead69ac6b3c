package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;

/**
 * Decodes the CloudEvents that Eventarc delivers to a Cloud Functions (2nd gen) function:
 * {@code google.cloud.pubsub.topic.v1.messagePublished} (data: the Pub/Sub push body, {@code
 * {"message": {...}, "subscription": ..., "deliveryAttempt": n}}), {@code
 * google.cloud.storage.object.v1.*} (data: the object resource; source
 * {@code //storage.googleapis.com/projects/_/buckets/BUCKET}, subject {@code objects/NAME}) and
 * {@code google.cloud.scheduler.job.v1.executed}. Only the CloudEvent interfaces are used: the
 * invoker shares {@code io.cloudevents.*} with the function, but not cloudevents-core.
 */
final class GcpCloudEvents {

    static final String MESSAGE_PUBLISHED = "google.cloud.pubsub.topic.v1.messagePublished";
    static final String STORAGE_PREFIX = "google.cloud.storage.object.v1.";
    static final String OBJECT_FINALIZED = STORAGE_PREFIX + "finalized";
    static final String OBJECT_DELETED = STORAGE_PREFIX + "deleted";
    static final String JOB_EXECUTED = "google.cloud.scheduler.job.v1.executed";

    /** What a CloudEvent type is, told by the type alone, before any data is read. */
    enum Family {
        MESSAGE("a Pub/Sub message"),
        STORAGE("a Cloud Storage event"),
        SCHEDULER_JOB("a Cloud Scheduler job event"),
        FIRESTORE("a Firestore document event"),
        OTHER("a CloudEvent");

        private final String noun;

        Family(String noun) {
            this.noun = noun;
        }

        static Family of(String type) {
            if (MESSAGE_PUBLISHED.equals(type)) {
                return MESSAGE;
            }
            if (type != null && type.startsWith(STORAGE_PREFIX)) {
                return STORAGE;
            }
            if (type != null && type.startsWith(FirestoreChanges.TYPE_PREFIX)) {
                return FIRESTORE;
            }
            return JOB_EXECUTED.equals(type) ? SCHEDULER_JOB : OTHER;
        }

        /**
         * Whether a function of {@code kind} takes events of this family. Cloud Scheduler
         * reaches a schedule function through a Pub/Sub topic, so a message is a firing to it.
         */
        boolean reaches(EventFunction.Kind kind) {
            return switch (this) {
                case MESSAGE -> kind.messages() || kind == EventFunction.Kind.SCHEDULE || kind == EventFunction.Kind.STREAM;
                case STORAGE -> kind == EventFunction.Kind.STORAGE;
                case SCHEDULER_JOB -> kind == EventFunction.Kind.SCHEDULE;
                case FIRESTORE -> kind == EventFunction.Kind.CHANGE;
                case OTHER -> false;
            };
        }

        /** For {@code EventFunction.wrongEvent}: "a Cloud Storage event (type ...)". */
        String describe(String type) {
            return noun + " (CloudEvent type " + type + ")";
        }
    }

    private GcpCloudEvents() {
    }

    /**
     * Decodes an event of family MESSAGE, STORAGE or SCHEDULER_JOB.
     *
     * @throws UndecodableEvent when its data is missing or malformed
     */
    static GcpEvent decode(CloudEvent event) throws UndecodableEvent {
        String type = event.getType();
        Instant time = event.getTime() == null ? null : event.getTime().toInstant();
        return switch (Family.of(type)) {
            case MESSAGE -> {
                JsonNode data = data(event, "Pub/Sub message " + event.getId());
                JsonNode message = data.get("message");
                if (message == null || !message.isObject()) {
                    throw new UndecodableEvent("Pub/Sub message " + event.getId(), "its data has no 'message' object");
                }
                yield GcpEvent.Published.of(message, PubsubMessages.decode(message, event.getId(), time,
                        data.get("deliveryAttempt")));
            }
            case STORAGE -> storage(event, type, time);
            case SCHEDULER_JOB -> {
                if (time == null) {
                    throw new UndecodableEvent("Cloud Scheduler event " + event.getId(), "it has no time");
                }
                yield new GcpEvent.JobExecuted(event.getId(), time);
            }
            case FIRESTORE -> new GcpEvent.DocumentChanged(FirestoreChanges.decode(event));
            case OTHER -> throw new IllegalArgumentException("not a Google Cloud event portablefn decodes: " + type);
        };
    }

    private static GcpEvent storage(CloudEvent event, String type, Instant time) throws UndecodableEvent {
        StorageEvent.Kind kind = switch (type) {
            case OBJECT_FINALIZED -> StorageEvent.Kind.CREATED;
            case OBJECT_DELETED -> StorageEvent.Kind.DELETED;
            default -> null;
        };
        if (kind == null) {
            return new GcpEvent.ObjectOther(event.getId(), type);
        }
        JsonNode object = data(event, "Cloud Storage event " + event.getId());
        String source = event.getSource() == null ? "" : event.getSource().toString();
        int buckets = source.indexOf("/buckets/");
        String bucket = buckets < 0 ? null : source.substring(buckets + "/buckets/".length());
        String subject = event.getSubject();
        String name = subject != null && subject.startsWith("objects/") ? subject.substring("objects/".length()) : null;
        return new GcpEvent.ObjectChanged(StorageObjects.decode(object, kind, event.getId(), time, bucket, name));
    }

    private static JsonNode data(CloudEvent event, String what) throws UndecodableEvent {
        CloudEventData data = event.getData();
        byte[] bytes = data == null ? null : data.toBytes();
        if (bytes == null || bytes.length == 0) {
            throw new UndecodableEvent(what, "the CloudEvent has no data");
        }
        return JsonFields.parse(bytes, what, "its data (" + event.getDataContentType() + ")");
    }
}
