package io.portablefn.aws;

import io.portablefn.api.Change;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB Streams batch for a change function (docs/events.md §9): the records of one shard,
 * decoded ({@link DynamoStreamRecord}) into changes and handed over in order by {@link
 * EventFunction#deliverInOrder}, which stops at the first failure. Lambda is told the sequence
 * number of the change that failed ({@code batchItemFailures}, with the event source mapping's
 * {@code ReportBatchItemFailures}), and retries the shard from it: it and the changes after it come
 * again, in order; after the mapping's retries they go to its on-failure destination.
 *
 * <p>A record that cannot be decoded fails where it stands, like a change whose handler threw,
 * after the changes before it are handled. A batch with an element that is not a record, or a
 * record without a sequence number, fails whole before any change is handled: there would be no
 * sequence number to report, and Lambda must not move past it.
 */
final class DynamoChanges {

    private DynamoChanges() {
    }

    /** The sequence numbers to report in {@code batchItemFailures}: none, or the first failed change's. */
    static List<String> deliver(EventFunction function, RecordsEvent event, InvocationContext context) {
        List<Map<String, Object>> records = event.records();
        for (int i = 0; i < records.size(); i++) {
            if (JsonTree.text(records.get(i), "dynamodb", "SequenceNumber") == null) {
                throw whole(function, context, "record " + (i + 1) + " of " + records.size() + " has no"
                        + " dynamodb.SequenceNumber");
            }
        }
        if (!event.strayRecords().isEmpty()) {
            throw whole(function, context, "elements of Records are not objects: "
                    + String.join(", ", event.strayRecords()));
        }
        List<Change<byte[]>> changes = new ArrayList<>(records.size());
        for (Map<String, Object> record : records) {
            try {
                changes.add(change(DynamoStreamRecord.decode(record)));
            } catch (UndecodableRecord problem) {
                String sequence = JsonTree.text(record, "dynamodb", "SequenceNumber");
                int failed = function.deliverInOrder(changes, context);
                if (failed >= 0) {
                    return List.of(changes.get(failed).position());
                }
                context.logger().error("DynamoDB Streams record " + sequence + " cannot be decoded for function '"
                        + function.name() + "' (invocation " + context.invocationId() + "): " + problem.getMessage()
                        + ". Lambda retries the shard from it, then sends the batch to the on-failure destination.");
                return List.of(sequence);
            }
        }
        int failed = function.deliverInOrder(changes, context);
        return failed < 0 ? List.of() : List.of(changes.get(failed).position());
    }

    static Change<byte[]> change(DynamoStreamRecord record) throws UndecodableRecord {
        if (record.keys().isEmpty()) {
            throw new UndecodableRecord("its dynamodb.Keys is empty");
        }
        Change.Builder<byte[]> change = Change.<byte[]>builder()
                .kind(switch (record.kind()) {
                    case INSERT -> Change.Kind.CREATED;
                    case MODIFY -> Change.Kind.UPDATED;
                    case REMOVE -> Change.Kind.DELETED;
                })
                .position(record.sequenceNumber())
                .time(record.createdAt())
                .newItem(record.newImage())
                .oldItem(record.oldImage());
        record.keys().forEach(change::key);
        return change.build();
    }

    private static EventInvocationException whole(EventFunction function, InvocationContext context, String why) {
        String problem = "Function '" + function.name() + "' received a DynamoDB Streams batch in which " + why
                + ", so no change's failure could be reported alone; the whole batch fails (invocation "
                + context.invocationId() + "), before any change is handled.";
        context.logger().error(problem);
        return new EventInvocationException(problem);
    }
}
