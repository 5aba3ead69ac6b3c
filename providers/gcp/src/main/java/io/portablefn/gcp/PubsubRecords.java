package io.portablefn.gcp;

import io.portablefn.api.Message;
import io.portablefn.api.StreamRecord;

/**
 * A Pub/Sub message as a stream record, for a stream function (docs/events.md §10): a Google
 * Cloud stream is a Pub/Sub topic whose publishers set ordering keys. The ordering key is the
 * partition key, the message id the sequence (unique in the topic, the same on every delivery),
 * the publish time the arrival time, and the data the body.
 */
final class PubsubRecords {

    private PubsubRecords() {
    }

    static StreamRecord record(Message message) {
        return StreamRecord.builder()
                .partitionKey(message.orderingKey().orElse(null))
                .sequence(message.id())
                .arrivalTime(message.publishTime().orElse(null))
                .body(message.body())
                .build();
    }
}
