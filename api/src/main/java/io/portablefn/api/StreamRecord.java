package io.portablefn.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a {@link StreamTrigger stream}, as every cloud delivers it (docs/events.md says
 * where each field comes from on each cloud). Immutable.
 *
 * <pre>{@code
 * StreamRecord record = StreamRecord.builder()
 *         .partitionKey("user-7")
 *         .sequence("49590338271490256608559692538361571095921575989136588898")
 *         .body("{\"page\":\"/home\"}")
 *         .build();
 * }</pre>
 */
public final class StreamRecord {

    private final String partitionKey;
    private final String sequence;
    private final Instant arrivalTime;
    private final byte[] body;

    private StreamRecord(Builder builder) {
        this.partitionKey = builder.partitionKey;
        this.sequence = Objects.requireNonNull(builder.sequence, "sequence");
        this.arrivalTime = builder.arrivalTime;
        this.body = builder.body;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The key the producer gave the record, which keeps records of the same key in order (Kinesis
     * partition key, Event Hubs partition key, Pub/Sub ordering key); empty where it gave none.
     */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    /**
     * The record's place in its partition (Kinesis sequence number, Event Hubs sequence number,
     * docs/events.md for Google Cloud): with the partition, the natural idempotency key.
     */
    public String sequence() {
        return sequence;
    }

    /** When the stream accepted the record, where the cloud says. */
    public Optional<Instant> arrivalTime() {
        return Optional.ofNullable(arrivalTime);
    }

    /** The body's bytes, with any transport base64 already undone; empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StreamRecord[" + (partitionKey == null ? "" : partitionKey + "@") + sequence + ", " + body.length
                + " bytes]";
    }

    /** Builds a {@link StreamRecord}; {@code sequence} is required. */
    public static final class Builder {
        private String partitionKey;
        private String sequence;
        private Instant arrivalTime;
        private byte[] body = new byte[0];

        private Builder() {
        }

        public Builder partitionKey(String partitionKey) {
            this.partitionKey = partitionKey == null || partitionKey.isEmpty() ? null : partitionKey;
            return this;
        }

        public Builder sequence(String sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder arrivalTime(Instant arrivalTime) {
            this.arrivalTime = arrivalTime;
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? new byte[0] : body.clone();
            return this;
        }

        public Builder body(String body) {
            this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public StreamRecord build() {
            return new StreamRecord(this);
        }
    }
}
