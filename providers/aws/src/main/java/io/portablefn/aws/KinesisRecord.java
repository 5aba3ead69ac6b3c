package io.portablefn.aws;

import static io.portablefn.aws.UndecodableRecord.required;

import java.time.Instant;
import java.util.Map;

/**
 * One Kinesis Data Streams record as Lambda hands it over ({@code eventSource}
 * {@code aws:kinesis}), decoded into the parts a stream record needs.
 *
 * @param eventId {@code eventID}: {@code <shard id>:<sequence number>}
 * @param partitionKey {@code kinesis.partitionKey}, which picks the shard and so the order
 * @param sequenceNumber {@code kinesis.sequenceNumber}, the record's position in its shard, and
 *     what {@code batchItemFailures} reports
 * @param arrivedAt {@code kinesis.approximateArrivalTimestamp} (epoch seconds with milliseconds
 *     as a fraction), exact to the millisecond
 * @param data {@code kinesis.data}, base64 undone
 * @param stream the stream named in {@code eventSourceARN}; null when that is no stream ARN
 */
record KinesisRecord(String eventId, String partitionKey, String sequenceNumber, Instant arrivedAt, byte[] data,
        String stream) {

    static final String EVENT_SOURCE = "aws:kinesis";

    /** Decodes a record read by {@link JsonTree}; a missing or malformed part is named in the error. */
    static KinesisRecord decode(Map<String, Object> record) throws UndecodableRecord {
        Instant arrivedAt = UndecodableRecord.epochSeconds(JsonTree.at(record, "kinesis", "approximateArrivalTimestamp"),
                "kinesis.approximateArrivalTimestamp");
        if (arrivedAt == null) {
            throw new UndecodableRecord("it has no kinesis.approximateArrivalTimestamp");
        }
        return new KinesisRecord(
                JsonTree.text(record, "eventID"),
                required(record, "kinesis", "partitionKey"),
                required(record, "kinesis", "sequenceNumber"),
                arrivedAt,
                UndecodableRecord.base64(required(record, "kinesis", "data"), "kinesis.data"),
                Arns.resourceName(JsonTree.text(record, "eventSourceARN"), "kinesis", "stream"));
    }
}
