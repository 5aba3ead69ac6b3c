package io.portablefn.conformance.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One stream record as a producer put it, before any cloud wrapped it: what an event target turns
 * into its cloud's native record (a Kinesis record, an Event Hubs event, a Pub/Sub message with an
 * ordering key).
 *
 * @param sequence the number the stream gives it (a target uses it as the native sequence number,
 *     or message id on Pub/Sub)
 * @param partitionKey the producer's partition key; null for none
 * @param body the bytes sent
 * @param arrivalTime when the stream took it; null to let the target pick a fixed time
 */
public record WireRecord(String sequence, String partitionKey, byte[] body, Instant arrivalTime) {

    public WireRecord {
        Objects.requireNonNull(sequence, "sequence");
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
