package io.portablefn.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the stream records a developer posts to {@code /_portablefn/events/{function}} for a
 * stream function: one record ({@code {"partitionKey":..., "body":...}}) or a batch
 * ({@code {"records":[...]}}), which the server hands over as a cloud hands one partition's batch
 * (docs/local-server.md). A record without a {@code sequence} gets the function's next number, so
 * sequences grow from request to request as a stream's do. Strict, like {@link EventDecoder}.
 * Thread-safe.
 */
final class StreamDecoder {

    static final List<String> RECORD_FIELDS = List.of("partitionKey", "sequence", "arrivalTime", "body", "bodyBase64");
    static final String EXAMPLE = "Send {\"partitionKey\": \"...\", \"body\": <text or JSON>} or {\"records\": [...]}.";

    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    /** The records of one request, in order; a 400 {@code HttpException} names what is wrong. */
    List<StreamRecord> records(EventFunction function, JsonNode root, Instant now) {
        EventDecoder.refuseOtherKinds(function, root, List.of("messages", "attributes"), "a message");
        EventDecoder.refuseOtherKinds(function, root, List.of("kind", "bucket", "key"),
                "a storage event (fields kind, bucket, key)");
        EventDecoder.requireObject(root, "The event");
        if (!root.has("records")) {
            return List.of(record(function, root, "", now));
        }
        EventDecoder.allowOnly(root, "", List.of("records"), "a batch is {\"records\":[...]} and nothing else");
        JsonNode batch = root.get("records");
        if (!batch.isArray() || batch.isEmpty()) {
            throw EventDecoder.bad("Field 'records' must be a non-empty array of records, not "
                    + EventDecoder.describe(batch) + ".");
        }
        List<StreamRecord> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String at = "records[" + i + "].";
            EventDecoder.requireObject(batch.get(i), "'records[" + i + "]'");
            StreamRecord record = record(function, batch.get(i), at, now);
            if (!seen.add(record.sequence())) {
                // The answer names records by sequence; two with one could not be told apart.
                throw EventDecoder.bad("Field '" + at + "sequence' repeats '" + record.sequence() + "'; sequences in a"
                        + " batch must be distinct.");
            }
            records.add(record);
        }
        return records;
    }

    private StreamRecord record(EventFunction function, JsonNode node, String at, Instant now) {
        EventDecoder.allowOnly(node, at, RECORD_FIELDS, null);
        String sequence = EventDecoder.optionalText(node, at, "sequence", null);
        if (sequence == null) {
            sequence = Long.toString(sequences.computeIfAbsent(function.name(), name -> new AtomicLong())
                    .incrementAndGet());
        } else if (sequence.isEmpty()) {
            throw EventDecoder.bad("Field '" + at + "sequence' is empty; leave it out to have the next number.");
        }
        return StreamRecord.builder()
                .partitionKey(EventDecoder.optionalText(node, at, "partitionKey", null))
                .sequence(sequence)
                .arrivalTime(EventDecoder.optionalTime(node, at, "arrivalTime", now))
                .body(EventDecoder.body(node, at))
                .build();
    }
}
