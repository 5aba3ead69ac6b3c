package io.portablefn.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One message from a queue or topic, as every cloud delivers it to a function (docs/events.md
 * says where each field comes from on each cloud). Immutable.
 *
 * <pre>{@code
 * Message message = Message.builder()
 *         .id("m-1")
 *         .body("{\"id\":\"o-1\"}")
 *         .attribute("tenant", "acme")
 *         .build();
 * }</pre>
 */
public final class Message {

    private final String id;
    private final byte[] body;
    private final Map<String, String> attributes;
    private final Integer deliveryCount;
    private final Instant publishTime;
    private final String orderingKey;

    private Message(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.body = builder.body;
        this.attributes = builder.attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
        this.deliveryCount = builder.deliveryCount;
        this.publishTime = builder.publishTime;
        this.orderingKey = builder.orderingKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cloud's id of the message (SQS/SNS message id, Azure message id, Pub/Sub message id). */
    public String id() {
        return id;
    }

    /** The body's bytes, with any transport base64 already undone; empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The message's attributes (SQS/SNS message attributes of type String or Number, Azure
     * application properties, Pub/Sub attributes), by name; read-only.
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** How many times the message has been delivered, this time included, where the cloud says. */
    public OptionalInt deliveryCount() {
        return deliveryCount == null ? OptionalInt.empty() : OptionalInt.of(deliveryCount);
    }

    /** When the message was sent or enqueued, where the cloud says. */
    public Optional<Instant> publishTime() {
        return Optional.ofNullable(publishTime);
    }

    /**
     * The key that orders it among its siblings, where there is one (SQS FIFO message group,
     * Service Bus session, Pub/Sub ordering key).
     */
    public Optional<String> orderingKey() {
        return Optional.ofNullable(orderingKey);
    }

    @Override
    public String toString() {
        return "Message[" + id + ", " + body.length + " bytes]";
    }

    /** Builds a {@link Message}; {@code id} is required. */
    public static final class Builder {
        private String id;
        private byte[] body = new byte[0];
        private Map<String, String> attributes = Map.of();
        private Integer deliveryCount;
        private Instant publishTime;
        private String orderingKey;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? new byte[0] : body.clone();
            return this;
        }

        public Builder body(String body) {
            // Encoding already made a private copy: no second one.
            this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder attribute(String name, String value) {
            if (attributes.isEmpty()) {
                attributes = new LinkedHashMap<>(); // most messages carry none: no map until one comes
            }
            attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @param deliveryCount at least 1 */
        public Builder deliveryCount(int deliveryCount) {
            if (deliveryCount < 1) {
                throw new IllegalArgumentException("deliveryCount must be at least 1, not " + deliveryCount);
            }
            this.deliveryCount = deliveryCount;
            return this;
        }

        public Builder publishTime(Instant publishTime) {
            this.publishTime = publishTime;
            return this;
        }

        public Builder orderingKey(String orderingKey) {
            this.orderingKey = orderingKey == null || orderingKey.isEmpty() ? null : orderingKey;
            return this;
        }

        public Message build() {
            return new Message(this);
        }
    }
}
