package io.portablefn.conformance.events;

import io.portablefn.api.StorageEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happens in the world that an event function reacts to, in neutral terms: messages sent,
 * an object changed, a schedule fired. An {@link EventTarget} turns it into its cloud's native
 * event. Sealed: every target handles every kind (or says it does not).
 */
public sealed interface WireEvent {

    /** The id of each native event or message this produces, in delivery order. */
    List<String> ids();

    /**
     * Messages sent to a queue or topic, delivered as the cloud delivers them: one SQS batch on
     * AWS (SNS delivers one message per invocation), one message per invocation on Azure and
     * Google Cloud.
     */
    record Messages(List<WireMessage> messages) implements WireEvent {
        public Messages {
            messages = List.copyOf(messages);
        }

        @Override
        public List<String> ids() {
            return messages.stream().map(WireMessage::id).toList();
        }
    }

    /**
     * An object created or deleted. {@code size}, {@code etag}, {@code contentType} and {@code
     * version} may be null; the key is the real (decoded) key, which a target encodes as its
     * cloud does.
     */
    record StorageChange(String id, StorageEvent.Kind kind, String bucket, String key, Long size, String etag,
            String contentType, Instant time, String version) implements WireEvent {
        public StorageChange {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }

    /** A schedule firing at {@code scheduledTime}, reported late by the cloud when {@code pastDue}. */
    record Firing(String id, Instant scheduledTime, boolean pastDue) implements WireEvent {
        public Firing {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(scheduledTime, "scheduledTime");
        }

        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }

    /**
     * Changes to the items of one table, in the order of its change log: one DynamoDB Streams
     * batch on AWS (one shard), one Cosmos DB trigger batch on Azure (one lease; deletions are
     * not in its feed), one Firestore event per change on Google Cloud. Ids are the positions.
     */
    record Changes(List<WireChange> changes) implements WireEvent {
        public Changes {
            changes = List.copyOf(changes);
        }

        @Override
        public List<String> ids() {
            return changes.stream().map(WireChange::position).toList();
        }
    }

    /**
     * Records put on a stream, in order, delivered as the cloud delivers them: one batch from one
     * shard on AWS and Azure, one message per invocation on Google Cloud (docs/events.md §10).
     */
    record Records(List<WireRecord> records) implements WireEvent {
        public Records {
            records = List.copyOf(records);
        }

        @Override
        public List<String> ids() {
            return records.stream().map(WireRecord::sequence).toList();
        }
    }

    /**
     * Bytes that are not a valid event of any kind the target's cloud sends, or an event of
     * another kind than the function takes (the target decides how to send it); tests that bad
     * input gives a clear error and crashes nothing.
     */
    record Foreign(String id, String description) implements WireEvent {
        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }
}
