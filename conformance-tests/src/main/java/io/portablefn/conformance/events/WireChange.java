package io.portablefn.conformance.events;

import io.portablefn.api.Change;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change to an item of a table, before any cloud encoded it (docs/events.md §9): what an
 * event target turns into its cloud's native record (a DynamoDB Streams record, a Cosmos DB
 * document, a Firestore document event).
 *
 * @param position the change's position in the table's log, digits (every cloud can carry them:
 *     a DynamoDB sequence number, a Cosmos DB {@code _lsn}, a CloudEvent id); also its id in a case
 * @param kind CREATED, UPDATED or DELETED
 * @param key the item's key properties (cases use {@code id}, the one key every cloud has)
 * @param newItem the item after the change as plain JSON text; null for a deletion
 * @param oldItem the item before it as plain JSON text; null for a creation
 * @param time when the change was made
 */
public record WireChange(String position, Change.Kind kind, Map<String, String> key, String newItem, String oldItem,
        Instant time) {

    public WireChange {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        key = Map.copyOf(key);
    }

    /** The value of the {@code id} key property, which Cosmos DB and Firestore items are named by. */
    public String id() {
        String id = key.get("id");
        if (id == null) {
            throw new IllegalStateException("change " + position + " has no 'id' key property: " + key);
        }
        return id;
    }
}
