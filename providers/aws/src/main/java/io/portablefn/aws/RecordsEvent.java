package io.portablefn.aws;

import java.util.List;
import java.util.Map;

/**
 * An event of {@code Records}, as SQS, SNS, S3, DynamoDB Streams and Kinesis send them. Only
 * non-HTTP events carry records, so HTTP never pays for reading them.
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
}
