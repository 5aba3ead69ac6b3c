package io.portablefn.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to an item of a {@link ChangeTrigger table}, as every cloud delivers it
 * (docs/events.md says where each field comes from on each cloud, and what a cloud cannot say).
 * Immutable.
 *
 * <pre>{@code
 * Change<Order> change = Change.<Order>builder()
 *         .kind(Change.Kind.UPDATED)
 *         .key("id", "o-1")
 *         .newItem(new Order("o-1", 3))
 *         .oldItem(new Order("o-1", 2))
 *         .position("4961000000000000000012345")
 *         .build();
 * }</pre>
 *
 * @param <T> the item type the function binds items to
 */
public final class Change<T> {

    /** What happened to the item. */
    public enum Kind {
        /** The item was created (DynamoDB INSERT, Firestore created). */
        CREATED,
        /** The item was changed (DynamoDB MODIFY, Firestore updated). */
        UPDATED,
        /** The item was deleted (DynamoDB REMOVE, Firestore deleted). */
        DELETED,
        /**
         * The item was created or changed, and the cloud does not say which (Cosmos DB's
         * latest-version change feed, docs/events.md).
         */
        WRITTEN
    }

    private final Kind kind;
    private final Map<String, String> key;
    private final T newItem;
    private final T oldItem;
    private final Instant time;
    private final String position;

    private Change(Builder<T> builder) {
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        if (builder.key.isEmpty()) {
            throw new IllegalArgumentException("A change needs the item's key: at least one key property");
        }
        this.key = Collections.unmodifiableMap(new LinkedHashMap<>(builder.key));
        this.newItem = builder.newItem;
        this.oldItem = builder.oldItem;
        this.time = builder.time;
        this.position = Objects.requireNonNull(builder.position, "position");
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** What happened to the item. */
    public Kind kind() {
        return kind;
    }

    /**
     * The item's key properties, by name, each value as text (numbers in their exact decimal
     * form): the DynamoDB table's key attributes, the Cosmos DB item's {@code id}, the Firestore
     * document's {@code id}. Read-only; never empty.
     */
    public Map<String, String> key() {
        return key;
    }

    /** The item after the change; empty for a deletion. */
    public Optional<T> newItem() {
        return Optional.ofNullable(newItem);
    }

    /** The item before the change, where the cloud gives it (docs/events.md); empty for a creation. */
    public Optional<T> oldItem() {
        return Optional.ofNullable(oldItem);
    }

    /** When the change was made, as near as the cloud says. */
    public Optional<Instant> time() {
        return Optional.ofNullable(time);
    }

    /**
     * Where the change stands in the table's change log (DynamoDB sequence number, Cosmos DB
     * {@code _lsn}, Firestore event id): with the key, the natural idempotency key.
     */
    public String position() {
        return position;
    }

    @Override
    public String toString() {
        return "Change[" + kind + " " + key + " at " + position + "]";
    }

    /** Builds a {@link Change}; {@code kind}, a key property and {@code position} are required. */
    public static final class Builder<T> {
        private Kind kind;
        private final Map<String, String> key = new LinkedHashMap<>();
        private T newItem;
        private T oldItem;
        private Instant time;
        private String position;

        private Builder() {
        }

        public Builder<T> kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder<T> key(String name, String value) {
            key.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder<T> newItem(T newItem) {
            this.newItem = newItem;
            return this;
        }

        public Builder<T> oldItem(T oldItem) {
            this.oldItem = oldItem;
            return this;
        }

        public Builder<T> time(Instant time) {
            this.time = time;
            return this;
        }

        public Builder<T> position(String position) {
            this.position = position;
            return this;
        }

        public Change<T> build() {
            return new Change<>(this);
        }
    }
}
