package io.portablefn.aws;

import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Kinesis batch (one shard's records) for a stream function, and the sequence number Lambda is
 * to retry from (docs/events.md §10.2). The records go to the function in order through
 * {@link EventFunction#deliverInOrder}, the one ordering rule; the first that fails, or the first
 * that cannot be decoded, is reported in {@code batchItemFailures}, and with
 * {@code ReportBatchItemFailures} Lambda checkpoints the records before it and delivers it and the
 * rest again, in order (AWS Lambda developer guide, "Configuring partial batch response with
 * Kinesis Data Streams and Lambda").
 *
 * <p>A batch that cannot be answered record by record fails the invocation whole, so that Lambda
 * retries it all rather than skip what nobody handled: an element of {@code Records} that is not an
 * object, or a record without a sequence number at or before the point where the batch stops.
 */
final class KinesisBatch {

    private KinesisBatch() {
    }

    /** The itemIdentifier to report: none, or the sequence number of the record to retry from. */
    static List<String> failed(EventFunction function, RecordsEvent event, InvocationContext context) {
        if (!event.strayRecords().isEmpty()) {
            throw whole(function, context, "elements of Records that are not records: "
                    + String.join(", ", event.strayRecords()) + ", of " + event.count());
        }
        List<Map<String, Object>> records = event.records();
        List<StreamRecord> decoded = new ArrayList<>(records.size());
        String undecodable = null;
        for (Map<String, Object> record : records) {
            try {
                KinesisRecord kinesis = KinesisRecord.decode(record);
                decoded.add(StreamRecord.builder().partitionKey(kinesis.partitionKey())
                        .sequence(kinesis.sequenceNumber()).arrivalTime(kinesis.arrivedAt()).body(kinesis.data())
                        .build());
            } catch (UndecodableRecord problem) {
                undecodable = sequence(function, context, record, decoded.size(), records.size());
                context.logger().error("Kinesis record " + undecodable + " cannot be decoded for function '"
                        + function.name() + "' (invocation " + context.invocationId() + "): " + problem.getMessage()
                        + ". It and the records after it will be delivered again, and finally given up to the"
                        + " on-failure destination.");
                break;
            }
        }
        int failed = function.deliverInOrder(decoded, context);
        if (failed >= 0) {
            return List.of(decoded.get(failed).sequence());
        }
        return undecodable == null ? List.of() : List.of(undecodable);
    }

    // The sequence number of a record that cannot be decoded, which Lambda needs to retry from it.
    private static String sequence(EventFunction function, InvocationContext context, Map<String, Object> record,
            int index, int size) {
        String sequence = JsonTree.text(record, "kinesis", "sequenceNumber");
        if (sequence == null || sequence.isEmpty()) {
            throw whole(function, context, "record " + (index + 1) + " of " + size + " without a"
                    + " kinesis.sequenceNumber");
        }
        return sequence;
    }

    private static EventInvocationException whole(EventFunction function, InvocationContext context, String what) {
        String problem = "Function '" + function.name() + "' received a Kinesis batch with " + what + "; its"
                + " failure could not be reported record by record, so the whole batch fails (invocation "
                + context.invocationId() + ") and Lambda delivers it again.";
        context.logger().error(problem);
        return new EventInvocationException(problem);
    }
}
