package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stream part of an event case file (docs/conformance.md): {@code "event": {"records": [...]}},
 * each record with {@code sequence}, {@code partitionKey}, {@code body} or {@code bodyBase64} and
 * {@code arrivalTime}, and what a handler saw of each (its sequence is its id in {@code seen} and
 * {@code redelivered}).
 */
final class StreamCaseParser {

    static final Set<String> RECORD_FIELDS = Set.of("sequence", "partitionKey", "body", "bodyBase64", "arrivalTime");
    static final Set<String> RECORD_VIEW = Set.of("sequence", "partitionKey", "arrivalTime", "body", "bodyBase64",
            "typed");
    static final String TIME = "arrivalTime";

    private StreamCaseParser() {
    }

    static WireEvent.Records records(JsonNode array, CaseJson reader) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw reader.error("event.records must be a non-empty array of records");
        }
        List<WireRecord> records = new ArrayList<>();
        Set<String> sequences = new HashSet<>();
        for (JsonNode r : array) {
            String where = "event.records[" + records.size() + "]";
            reader.fields(r, where, RECORD_FIELDS);
            String sequence = reader.text(r, "sequence");
            if (!sequences.add(sequence)) {
                throw reader.error(where + ": the sequence \"" + sequence + "\" is used twice; sequences are unique"
                        + " in a stream");
            }
            if (r.has("body") && r.has("bodyBase64")) {
                throw reader.error(where + ": give the body as \"body\" (text) or \"bodyBase64\", not both");
            }
            byte[] body = r.has("bodyBase64") ? reader.base64(r, "bodyBase64")
                    : r.path("body").asText("").getBytes(StandardCharsets.UTF_8);
            records.add(new WireRecord(sequence, reader.optionalText(r, "partitionKey", where), body,
                    r.has(TIME) ? instant(r, where, reader) : null));
        }
        return new WireEvent.Records(records);
    }

    static Instant instant(JsonNode json, String where, CaseJson reader) {
        try {
            return Instant.parse(reader.text(json, TIME));
        } catch (DateTimeParseException e) {
            throw reader.error(where + "." + TIME + " is not an ISO-8601 UTC time such as 2026-03-01T02:30:00Z: "
                    + json.get(TIME).asText());
        }
    }
}
