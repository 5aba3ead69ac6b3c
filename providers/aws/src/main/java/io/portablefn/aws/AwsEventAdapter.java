package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Runs one portable event function (queue, topic, storage, schedule or stream) on AWS Lambda. The
 * generated {@code <Function>_AwsHandler} (a {@code RequestStreamHandler}) holds one instance and
 * hands it every invocation. docs/events.md states every field's mapping.
 *
 * <p>What each kind takes and what Lambda is told:
 * <ul>
 *   <li><b>Queue</b>: an SQS batch. Each message goes to the handler once, in batch order
 *       ({@link EventFunction#deliverAll}), and the answer is always
 *       {@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}}, listing exactly the
 *       messages to deliver again (an empty list when none), which Lambda honours when the event
 *       source mapping reports batch item failures, as portablefn's SAM template sets it. In a
 *       FIFO queue a failed message holds back the later messages of its group.
 *   <li><b>Stream</b>: a Kinesis batch, handed over in order until a record fails; the answer is
 *       {@code {"batchItemFailures":[{"itemIdentifier":"<sequenceNumber>"}]}} naming that record
 *       (an empty list when none failed), from which Lambda retries ({@link KinesisBatch}).
 *   <li><b>Change</b>: a DynamoDB Streams batch, one shard's changes in order ({@link
 *       DynamoChanges}); the answer names the sequence number of the first change that failed in
 *       {@code batchItemFailures}, and Lambda retries the shard from it.
 *   <li><b>Topic</b> (SNS), <b>storage</b> (S3) and <b>schedule</b> (an EventBridge rule's or
 *       EventBridge Scheduler's scheduled event): Lambda invokes these asynchronously, so the only
 *       way to have an event delivered again is to fail the invocation. Each record goes to the
 *       handler; if any failed, {@code handle} throws an error naming the function and the failed
 *       ids, and Lambda retries the whole invocation (twice by default), then hands it to the
 *       function's on-failure destination or dead-letter queue. SNS and S3 send one record per
 *       invocation, so in practice only the failed event comes again. Otherwise the answer is
 *       {@code {}}: Lambda discards an asynchronous invocation's result, and an empty object keeps
 *       a synchronous test invocation (the console, {@code sam local invoke}) valid JSON.
 * </ul>
 *
 * <p>Bad input: an event of another kind than the function takes (an S3 notification sent to a
 * queue function, an HTTP request, no JSON) fails the invocation with
 * {@link EventFunction#wrongEvent}, logged once as a warning with the event's kind and top-level
 * keys (never its values); a record that cannot be decoded (a required field missing, a
 * malformed value) is failed like a message whose handler threw, with a log line naming the
 * function, the record and the problem, and the rest of the batch is processed. An element of
 * {@code Records} that is not an object at all ({@code 42}, {@code "junk"}, {@code null}) is never
 * acknowledged: in an SQS batch it has no messageId to report, so the whole batch fails before any
 * message is handled; in an SNS or S3 event the invocation fails after the real records ran.
 *
 * <p>Immutable and thread-safe.
 */
public final class AwsEventAdapter {

    private final EventFunction function;
    private final EventKind takes;

    public AwsEventAdapter(EventFunction function) {
        this.function = Objects.requireNonNull(function, "function");
        this.takes = switch (function.kind()) {
            case QUEUE -> EventKind.SQS;
            case TOPIC -> EventKind.SNS;
            case STORAGE -> EventKind.S3;
            case SCHEDULE -> EventKind.SCHEDULE;
            case STREAM -> EventKind.KINESIS;
            case CHANGE -> EventKind.DYNAMODB;
        };
    }

    /**
     * Handles one invocation: reads the event from {@code in}, hands its records to the function
     * and writes the answer to {@code out}.
     *
     * @param lambda the Lambda context; null (in tests) gives a random invocation id, a deadline
     *     of the function's declared timeout and java.util.logging
     * @throws IOException only when reading {@code in} or writing {@code out} fails
     * @throws RuntimeException when the invocation failed, so that Lambda delivers the event again:
     *     an event of the wrong kind, or an asynchronous event of which a record failed
     */
    public void handle(InputStream in, OutputStream out, com.amazonaws.services.lambda.runtime.Context lambda)
            throws IOException {
        long start = System.currentTimeMillis();
        AwsEvent event = EventReader.readOrNull(in);
        InvocationContext context = context(lambda, start);
        if (EventKind.of(event) != takes) {
            context.logger().warn(function.wrongEvent(EventKind.shape(event)));
            throw new EventInvocationException(function.wrongEvent(EventKind.describe(event)));
        }
        if (takes == EventKind.SQS) {
            RecordsEvent batch = (RecordsEvent) event;
            refuseStrayRecords(batch, context);
            writeBatchResponse(queue(batch.records(), context), out);
        } else if (takes == EventKind.KINESIS) {
            writeBatchResponse(KinesisBatch.failed(function, (RecordsEvent) event, context), out);
        } else if (takes == EventKind.DYNAMODB) {
            writeBatchResponse(DynamoChanges.deliver(function, (RecordsEvent) event, context), out);
        } else {
            List<String> failed = takes == EventKind.SCHEDULE
                    ? schedule((EventBridgeEvent) event, context) : records((RecordsEvent) event, context);
            if (!failed.isEmpty()) {
                throw new EventInvocationException("Function '" + function.name() + "' did not handle "
                        + String.join(", ", failed) + " (invocation " + context.invocationId()
                        + "); its log says why. Lambda retries the invocation, then sends the event to the"
                        + " function's on-failure destination or dead-letter queue.");
            }
            out.write(new byte[] {'{', '}'});
        }
        out.flush();
    }

    /**
     * An SQS batch with elements that are not records ({@code 42}, {@code "junk"}, {@code null})
     * fails whole, before any message is handled: such an element has no messageId to report in
     * {@code batchItemFailures}, and leaving it out would acknowledge what nobody handled. Lambda
     * then delivers the batch again, and finally to the queue's dead-letter queue.
     */
    private void refuseStrayRecords(RecordsEvent batch, InvocationContext context) {
        if (batch.strayRecords().isEmpty()) {
            return;
        }
        String problem = "Function '" + function.name() + "' received an SQS batch with elements of Records that"
                + " are not objects: " + String.join(", ", batch.strayRecords()) + ", of " + batch.count() + ";"
                + " such an element has no messageId to report as failed, so the whole batch fails (invocation "
                + context.invocationId() + "), before any message is handled.";
        context.logger().error(problem);
        throw new EventInvocationException(problem);
    }

    /**
     * The ids to report in {@code batchItemFailures}, in batch order. Ordering is
     * {@link EventFunction#deliverAll}'s rule alone: a record that cannot be decoded goes to it as
     * a stand-in with its id and group, which fails and holds back the later messages of its group.
     */
    private List<String> queue(List<Map<String, Object>> records, InvocationContext context) {
        for (int i = 0; i < records.size(); i++) {
            if (MessageDecoder.sqsId(records.get(i)) == null) {
                // Lambda takes an empty or unknown itemIdentifier as the whole batch failing; say so plainly.
                String problem = "Function '" + function.name() + "' received an SQS batch whose record " + (i + 1)
                        + " of " + records.size() + " has no messageId, so its failure could not be reported alone;"
                        + " the whole batch fails (invocation " + context.invocationId()
                        + "), before any message is handled.";
                context.logger().error(problem);
                throw new EventInvocationException(problem);
            }
        }
        List<Message> batch = new ArrayList<>(records.size());
        Set<Integer> undecodable = new HashSet<>();
        // Each message continues its own trace: its AWSTraceHeader, read only if the handler asks.
        Map<Message, String> traceHeaders = new IdentityHashMap<>();
        for (Map<String, Object> record : records) {
            try {
                Message message = MessageDecoder.sqs(record);
                batch.add(message);
                traceHeaders.put(message, JsonTree.text(record, "attributes", "AWSTraceHeader"));
            } catch (UndecodableRecord problem) {
                undecodable("SQS message " + MessageDecoder.sqsId(record), problem, context);
                undecodable.add(batch.size());
                batch.add(MessageDecoder.sqsStandIn(record));
            }
        }
        // A batch may repeat a messageId; Lambda needs it reported once.
        return function.deliverAll(batch, undecodable, context, message -> context.continuing(
                () -> AwsTraceCarriers.message(traceHeaders.get(message)))).stream().distinct().toList();
    }

    /** SNS or S3: each record delivered; the ids (or positions) of those that failed. */
    private List<String> records(RecordsEvent event, InvocationContext context) {
        List<String> failed = new ArrayList<>();
        List<Map<String, Object>> records = event.records();
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> record = records.get(i);
            String id = takes == EventKind.SNS ? MessageDecoder.snsId(record) : null;
            String label = (takes == EventKind.SNS ? "SNS message " : "S3 event ")
                    + (id != null ? id : "record " + (i + 1) + " of " + records.size());
            try {
                if (takes == EventKind.SNS) {
                    if (function.deliver(MessageDecoder.sns(record), context).redeliver()) {
                        failed.add(label);
                    }
                } else {
                    var storage = StorageDecoder.s3(record);
                    if (function.deliver(storage, context).redeliver()) {
                        failed.add("S3 event " + storage.id());
                    }
                }
            } catch (UndecodableRecord problem) {
                undecodable(label, problem, context);
                failed.add(label);
            }
        }
        // Not records at all: nothing to hand on, but never acknowledged (the invocation fails).
        for (String stray : event.strayRecords()) {
            context.logger().error("Function '" + function.name() + "' received an event whose Records " + stray
                    + " is not a record (invocation " + context.invocationId() + "); the invocation fails so that"
                    + " Lambda delivers the event again.");
            failed.add("Records " + stray);
        }
        return failed;
    }

    /** A scheduled event: id {@code id}, scheduled time {@code time}, never past due (EventBridge does not say). */
    private List<String> schedule(EventBridgeEvent event, InvocationContext context) {
        String id = event.id();
        String label = "EventBridge scheduled event " + (id == null ? "without id" : id);
        try {
            if (id == null || id.isEmpty()) {
                throw new UndecodableRecord("it has no id");
            }
            Instant time = UndecodableRecord.instant(event.time(), "time");
            if (time == null) {
                throw new UndecodableRecord("it has no time");
            }
            return function.deliver(new ScheduleEvent(id, time, false), context).redeliver()
                    ? List.of(label) : List.of();
        } catch (UndecodableRecord problem) {
            undecodable(label, problem, context);
            return List.of(label);
        }
    }

    private void undecodable(String what, UndecodableRecord problem, InvocationContext context) {
        context.logger().error(what + " cannot be decoded for function '" + function.name() + "' (invocation "
                + context.invocationId() + "): " + problem.getMessage()
                + ". It will be delivered again and finally dead-lettered.");
    }

    private static void writeBatchResponse(List<String> failed, OutputStream out) throws IOException {
        try (JsonGenerator json = EventReader.JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("batchItemFailures");
            for (String id : failed) {
                json.writeStartObject();
                json.writeStringField("itemIdentifier", id);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private InvocationContext context(com.amazonaws.services.lambda.runtime.Context lambda, long start) {
        if (lambda == null) {
            return new InvocationContext(Provider.AWS, UUID.randomUUID().toString(), function.name(),
                    Instant.ofEpochMilli(start).plusSeconds(function.timeoutSeconds()), LambdaLogging.of(null))
                    .inPlatformTrace(() -> AwsTraceCarriers.invocation(null));
        }
        String invocationId = lambda.getAwsRequestId() != null ? lambda.getAwsRequestId() : UUID.randomUUID().toString();
        return new InvocationContext(Provider.AWS, invocationId, function.name(),
                Instant.ofEpochMilli(System.currentTimeMillis() + lambda.getRemainingTimeInMillis()),
                LambdaLogging.of(lambda)).inPlatformTrace(() -> AwsTraceCarriers.invocation(lambda));
    }

    @Override
    public String toString() {
        return "AwsEventAdapter[" + function + "]";
    }
}
