package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventDefinitions;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.runtime.EventFunction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * AWS Lambda delivering events: builds the event Lambda would hand the function
 * ({@link NativeEvents} documents each shape), invokes the generated
 * {@code Xxx_AwsHandler.handleRequest} as Lambda does, and reads what Lambda would then do:
 * <ul>
 *   <li>a queue function's messages go in SQS batches of at most {@value #BATCH_SIZE} (the batch
 *       size portablefn's SAM template sets); the messages to deliver again are those the answer's
 *       {@code batchItemFailures} names, all of the batch when the invocation fails or the answer
 *       is one Lambda counts as a complete failure (not JSON, an empty, null or unknown
 *       {@code itemIdentifier}); in a FIFO queue, a group with a failed message has its later
 *       messages held back from later batches (counted as delivered again);
 *   <li>a topic function gets one SNS event per message, a storage function one S3 notification,
 *       a schedule function one EventBridge Scheduler event: Lambda invokes these asynchronously,
 *       so a failed invocation has its event delivered again, and nothing else does;
 *   <li>a stream function's records go in one Kinesis batch ({@link KinesisEvents}), which Lambda
 *       retries from the first record the answer names;
 *   <li>{@link WireEvent.Foreign}: an event of another kind than the function takes (an S3
 *       notification to a queue function, an SQS batch to any other), expected to fail the
 *       invocation.
 * </ul>
 * Each failed invocation adds what Lambda reports for it to {@link Delivery#errors()}:
 * {@code <errorType>: <errorMessage>}, followed by the stack trace when the error carries one (as
 * Lambda's {@code stackTrace}), so a case can check that none leaves the function.
 *
 * <p>Two targets share this: {@code aws} calls the handler in this JVM ({@link InProcessLambda});
 * {@code aws-ric} ({@link #onRuntimeClient()}) sends the same events through AWS's real runtime
 * interface client in a JVM of its own per function ({@link RicLambda}), so loading the handler,
 * streaming the event, posting the answer and reporting errors are AWS's own code.
 */
public final class AwsEventTarget implements EventTarget {

    /** Lambda's default SQS batch size, which portablefn's SAM template sets. */
    public static final int BATCH_SIZE = 10;

    private final String name;
    private final Lambda lambda;

    /** A target whose functions log to standard error, as Lambda's go to CloudWatch. */
    public AwsEventTarget() {
        this(line -> System.err.println("[lambda] " + line));
    }

    /** A target whose functions' log lines go to {@code log}. */
    public AwsEventTarget(Consumer<String> log) {
        this("aws", new InProcessLambda(log));
    }

    private AwsEventTarget(String name, Lambda lambda) {
        this.name = name;
        this.lambda = lambda;
    }

    /**
     * The {@code aws-ric} target: the same events through AWS Lambda's real Java runtime interface
     * client, one JVM per function class, started on first use and kept until {@link #close()}.
     */
    public static AwsEventTarget onRuntimeClient() {
        return new AwsEventTarget("aws-ric", new RicLambda());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        EventFunction function = EventDefinitions.of(functionClass);
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        if (event instanceof WireEvent.Messages messages && function.kind() == EventFunction.Kind.QUEUE) {
            queue(functionClass, function, messages.messages(), redelivered, errors);
        } else if (event instanceof WireEvent.Records records) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String error = invoke(functionClass, function, KinesisEvents.event(records.records(), function.name()), out);
            String invalid = KinesisEvents.redelivered(records.records(), error, out.toByteArray(), redelivered);
            for (String problem : new String[] {error, invalid}) {
                if (problem != null) {
                    errors.add(problem);
                }
            }
        } else if (event instanceof WireEvent.Changes changes) {
            // One shard's batch; Lambda retries the shard from the first sequence number reported.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String error = invoke(functionClass, function, DynamoEvents.batch(changes.changes(), "conformance-table"),
                    out);
            Set<String> reported = new LinkedHashSet<>();
            String invalid = error != null ? error : BatchResponse.failures(out.toByteArray(), changes.ids(), reported);
            if (invalid != null) {
                errors.add(invalid);
                reported.addAll(changes.ids());
            }
            redelivered.addAll(DynamoEvents.redelivered(changes.ids(), reported));
        } else {
            for (ObjectNode invocation : events(function, event)) {
                String error = invoke(functionClass, function, invocation, new ByteArrayOutputStream());
                if (error != null) {
                    redelivered.addAll(ids(invocation, event));
                    errors.add(error);
                }
            }
        }
        return new Delivery(redelivered, errors);
    }

    /** The events this target sends for {@code event}, one per invocation, as JSON; for tests that inspect them. */
    public List<String> events(Class<?> functionClass, WireEvent event) {
        EventFunction function = EventDefinitions.of(functionClass);
        if (event instanceof WireEvent.Messages messages && function.kind() == EventFunction.Kind.QUEUE) {
            List<String> batches = new ArrayList<>();
            for (int from = 0; from < messages.messages().size(); from += BATCH_SIZE) {
                List<WireMessage> batch = messages.messages().subList(from,
                        Math.min(from + BATCH_SIZE, messages.messages().size()));
                batches.add(NativeEvents.sqs(batch, function.name()).toString());
            }
            return batches;
        }
        if (event instanceof WireEvent.Records records) {
            return List.of(KinesisEvents.event(records.records(), function.name()).toString());
        }
        return events(function, event).stream().map(ObjectNode::toString).toList();
    }

    private void queue(Class<?> functionClass, EventFunction function, List<WireMessage> messages,
            Set<String> redelivered, List<String> errors) throws Exception {
        Set<String> failedGroups = new HashSet<>();
        for (int from = 0; from < messages.size(); from += BATCH_SIZE) {
            List<WireMessage> batch = new ArrayList<>();
            for (WireMessage message : messages.subList(from, Math.min(from + BATCH_SIZE, messages.size()))) {
                // SQS FIFO gives no message of a group while an earlier one of it waits to come again.
                if (message.orderingKey() != null && failedGroups.contains(message.orderingKey())) {
                    redelivered.add(message.id());
                } else {
                    batch.add(message);
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String error = invoke(functionClass, function, NativeEvents.sqs(batch, function.name()), out);
            List<String> ids = batch.stream().map(WireMessage::id).toList();
            Set<String> failed = new LinkedHashSet<>();
            if (error != null) {
                failed.addAll(ids);
                errors.add(error);
            } else {
                String invalid = BatchResponse.failures(out.toByteArray(), ids, failed);
                if (invalid != null) {
                    failed.addAll(ids);
                    errors.add(invalid);
                }
            }
            redelivered.addAll(failed);
            batch.stream().filter(m -> failed.contains(m.id()) && m.orderingKey() != null)
                    .forEach(m -> failedGroups.add(m.orderingKey()));
        }
    }

    /** One native event per invocation, for everything but a queue function's messages. */
    private static List<ObjectNode> events(EventFunction function, WireEvent event) {
        if (event instanceof WireEvent.Messages messages) {
            return messages.messages().stream()
                    .map(message -> function.kind() == EventFunction.Kind.TOPIC
                            ? NativeEvents.sns(message, function.name())
                            : NativeEvents.sqs(List.of(message), function.name()))
                    .toList();
        }
        if (event instanceof WireEvent.StorageChange change) {
            return List.of(NativeEvents.s3(change));
        }
        if (event instanceof WireEvent.Firing firing) {
            return List.of(NativeEvents.scheduled(firing, function.name()));
        }
        WireEvent.Foreign foreign = (WireEvent.Foreign) event;
        if (function.kind() == EventFunction.Kind.QUEUE) {
            return List.of(NativeEvents.s3(new WireEvent.StorageChange(foreign.id(), StorageEvent.Kind.CREATED,
                    "portablefn-foreign", "foreign/" + foreign.id(), 1L, null, null,
                    NativeEvents.DEFAULT_PUBLISH_TIME, null)));
        }
        return List.of(NativeEvents.sqs(List.of(new WireMessage(foreign.id(),
                foreign.description().getBytes(StandardCharsets.UTF_8), Map.of(), null, null, null)), function.name()));
    }

    /** The wire ids an invocation's event carries: its records' ids, or the whole event's. */
    private static List<String> ids(ObjectNode invocation, WireEvent event) {
        if (!(event instanceof WireEvent.Messages)) {
            return event.ids();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode record : invocation.path("Records")) {
            ids.add(record.has("Sns") ? record.path("Sns").path("MessageId").asText() : record.path("messageId").asText());
        }
        return ids;
    }

    /** Invokes the function once; the error Lambda would report, or null when it succeeded. */
    private String invoke(Class<?> functionClass, EventFunction function, ObjectNode event, ByteArrayOutputStream out)
            throws Exception {
        return lambda.invoke(functionClass, function, NativeEvents.JSON.writeValueAsBytes(event), out);
    }

    /** Stops the runtimes this target started, if any. */
    @Override
    public void close() {
        lambda.close();
    }

    @Override
    public String toString() {
        return name();
    }
}
