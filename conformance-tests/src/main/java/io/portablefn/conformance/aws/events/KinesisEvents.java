package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.events.WireRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Kinesis event Lambda hands a stream function, built as AWS builds it (the AWS Lambda
 * developer guide's Kinesis sample event, checked against the samples in
 * ../shared/provider-events/aws): {@code {"Records":[...]}}, each with {@code kinesis}
 * ({@code kinesisSchemaVersion "1.0"}, {@code partitionKey}, {@code sequenceNumber}, {@code data}
 * in base64, {@code approximateArrivalTimestamp} in epoch seconds with a fraction), {@code
 * eventSource "aws:kinesis"}, {@code eventVersion "1.0"}, {@code eventID "shardId-...:<sequence>"},
 * {@code eventName "aws:kinesis:record"}, {@code invokeIdentityArn}, {@code awsRegion} and the
 * stream's {@code eventSourceARN}. One batch is one shard's records, all of them in one invocation.
 *
 * <p>What Lambda then does ({@link #redelivered}), with {@code ReportBatchItemFailures}: an answer
 * naming sequence numbers has the batch checkpointed before the lowest of them and retried from
 * it, so that record and every one after it come again; an answer Lambda cannot read, or a failed
 * invocation, has the whole batch come again.
 */
final class KinesisEvents {

    /** The arrival time of a record that gives none. */
    static final Instant DEFAULT_TIME = Instant.parse("2026-01-15T08:30:00.250Z");
    private static final String SHARD = "shardId-000000000006";

    private KinesisEvents() {
    }

    static ObjectNode event(List<WireRecord> records, String stream) {
        ObjectNode event = NativeEvents.JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        for (WireRecord record : records) {
            ObjectNode entry = array.addObject();
            ObjectNode kinesis = entry.putObject("kinesis");
            kinesis.put("kinesisSchemaVersion", "1.0");
            // Kinesis requires a partition key of every producer.
            kinesis.put("partitionKey", record.partitionKey() == null ? "" : record.partitionKey());
            kinesis.put("sequenceNumber", record.sequence());
            kinesis.put("data", Base64.getEncoder().encodeToString(record.body()));
            Instant time = record.arrivalTime() == null ? DEFAULT_TIME : record.arrivalTime();
            kinesis.put("approximateArrivalTimestamp", BigDecimal.valueOf(time.toEpochMilli(), 3));
            entry.put("eventSource", "aws:kinesis");
            entry.put("eventVersion", "1.0");
            entry.put("eventID", SHARD + ":" + record.sequence());
            entry.put("eventName", "aws:kinesis:record");
            entry.put("invokeIdentityArn", "arn:aws:iam::123456789012:role/lambda-role");
            entry.put("awsRegion", "us-east-1");
            entry.put("eventSourceARN", "arn:aws:kinesis:us-east-1:123456789012:stream/" + stream);
        }
        return event;
    }

    /**
     * The records Lambda delivers again after an invocation of {@code records}: from the lowest
     * failed one on, or all of them when {@code error} is set or the answer is unreadable.
     *
     * @return why the answer counts as a failure of the whole batch, or null
     */
    static String redelivered(List<WireRecord> records, String error, byte[] answer, Set<String> redelivered) {
        List<String> sequences = records.stream().map(WireRecord::sequence).toList();
        if (error != null) {
            redelivered.addAll(sequences);
            return null;
        }
        Set<String> failed = new LinkedHashSet<>();
        String invalid = BatchResponse.failures(answer, sequences, failed);
        if (invalid != null) {
            redelivered.addAll(sequences);
            return invalid;
        }
        int first = failed.stream().mapToInt(sequences::indexOf).min().orElse(sequences.size());
        redelivered.addAll(sequences.subList(first, sequences.size()));
        return null;
    }
}
