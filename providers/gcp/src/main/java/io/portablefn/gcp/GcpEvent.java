package io.portablefn.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Change;
import io.portablefn.api.Message;
import io.portablefn.api.StorageEvent;
import java.time.Instant;

/**
 * A Google Cloud event once decoded, whichever envelope it came in (a CloudEvent, or a legacy
 * background event): what {@link GcpEventAdapter} hands on to the function.
 */
sealed interface GcpEvent {

    /**
     * A Pub/Sub message (a queue or topic message, or a Cloud Scheduler firing published to a
     * topic).
     */
    record Published(Message message, String traceparent, String tracestate) implements GcpEvent {

        /**
         * The message and the trace context its publisher's client library put in its
         * attributes ({@link GcpTraceCarriers#PUBSUB_TRACEPARENT}), which are not among the
         * message's attributes.
         */
        static Published of(JsonNode pubsubMessage, Message decoded) {
            return new Published(decoded, PubsubMessages.attribute(pubsubMessage, GcpTraceCarriers.PUBSUB_TRACEPARENT),
                    PubsubMessages.attribute(pubsubMessage, GcpTraceCarriers.PUBSUB_TRACESTATE));
        }
    }

    /** An object finalized (created) or deleted. */
    record ObjectChanged(StorageEvent event) implements GcpEvent {
    }

    /**
     * A Cloud Storage event that is neither a creation nor a deletion (archived, metadata
     * updated): no portable function takes it.
     */
    record ObjectOther(String id, String type) implements GcpEvent {
    }

    /** A Cloud Scheduler job's own event ({@code google.cloud.scheduler.job.v1.executed}). */
    record JobExecuted(String id, Instant time) implements GcpEvent {
    }

    /** A Firestore document created, updated or deleted: one change, its items plain JSON. */
    record DocumentChanged(Change<byte[]> change) implements GcpEvent {
    }
}
