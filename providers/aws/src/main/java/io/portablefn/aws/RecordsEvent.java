package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event of {@code Records}, as SQS, SNS, S3, DynamoDB Streams and Kinesis send them. Only
 * non-HTTP events carry records, so HTTP never pays for reading them (nor loads this class).
 *
 * @param records the elements of {@code Records} that are objects, each as {@link JsonTree}
 *     values, in order
 * @param source the first record's {@code eventSource} ({@code EventSource} for SNS), such as
 *     {@code aws:sqs}; null when it names none
 * @param mixedSources true when the records name more than one event source
 * @param strayRecords the elements of {@code Records} that are not objects, described
 *     ("element 2 (a number)"), so that an adapter fails what it cannot hand on instead of
 *     acknowledging it unseen
 * @param count how many elements {@code Records} held, objects or not
 */
record RecordsEvent(
        List<String> topLevelKeys,
        List<Map<String, Object>> records,
        String source,
        boolean mixedSources,
        List<String> strayRecords,
        int count) implements AwsEvent {

    /**
     * Reads the {@code Records} value at the parser's current token, for {@link EventReader};
     * null when it is not an array. An element that is not an object ({@code 42}, {@code "junk"},
     * {@code null}) is not a record: it is left out of the records and named among the strays.
     *
     * @param topLevelKeys the reader's list of the event's keys, still being filled: complete by
     *     the time the reader hands the event on
     */
    static RecordsEvent read(JsonParser json, List<String> topLevelKeys) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return null;
        }
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        String firstSource = null;
        boolean mixed = false;
        int position = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            position++;
            JsonToken token = json.currentToken();
            Map<String, Object> record = JsonTree.object(JsonTree.read(json));
            if (record == null) {
                stray.add("element " + position + " (" + JsonTree.kindOf(token) + ")");
                continue;
            }
            records.add(record);
            // SQS, S3, DynamoDB and Kinesis records say eventSource; SNS records say EventSource.
            String source = JsonTree.text(record, "eventSource");
            source = source != null ? source : JsonTree.text(record, "EventSource");
            if (records.size() == 1) {
                firstSource = source;
            } else if (!Objects.equals(source, firstSource)) {
                mixed = true;
            }
        }
        return new RecordsEvent(topLevelKeys, records, firstSource, mixed,
                stray.isEmpty() ? List.of() : List.copyOf(stray), position);
    }
}
