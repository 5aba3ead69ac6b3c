package io.portablefn.maven.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The SAM template's part for event functions: the resources each trigger needs, declared once
 * however many functions use them, and each function's {@code Events} entry. Names are the
 * annotation's; logical IDs are derived from them ({@code order-events} gives
 * {@code OrderEventsTopic}).
 * <ul>
 *   <li>queue: an {@code AWS::SQS::Queue} named as the annotation, with a redrive policy to
 *       {@code <queue>-dlq} after {@value #MAX_RECEIVE_COUNT} receives (AWS's advice for Lambda:
 *       at least 5) kept {@value #DEAD_LETTER_RETENTION_DAYS} days, a visibility timeout of
 *       {@value #VISIBILITY_TIMEOUT_FACTOR} times the function's timeout (AWS's advice; Lambda
 *       refuses a queue whose visibility timeout is below the function's), and an {@code SQS}
 *       event of batch size {@value #BATCH_SIZE} with {@code ReportBatchItemFailures}, so a
 *       failed message alone comes again;
 *   <li>topic: an {@code AWS::SNS::Topic} and an {@code SNS} event;
 *   <li>storage: an {@code AWS::S3::Bucket} and an {@code S3} event for
 *       {@code s3:ObjectCreated:*} and/or {@code s3:ObjectRemoved:*}. S3 bucket names are global
 *       across all AWS accounts, so the name is a template parameter whose default is the
 *       annotation's ({@code sam deploy --parameter-overrides UploadsBucketName=...});
 *   <li>schedule: a {@code ScheduleV2} event (EventBridge Scheduler) with the manifest's
 *       EventBridge expression in UTC.
 * </ul>
 * SNS, S3 and Scheduler invoke the function asynchronously: Lambda retries a failed invocation
 * twice, then sends the event to the function's own SQS dead-letter queue
 * ({@code <Function>DeadLetterQueue}), so that no event is lost.
 */
final class AwsEvents {

    static final int BATCH_SIZE = 10;
    static final int MAX_RECEIVE_COUNT = 5;
    static final int VISIBILITY_TIMEOUT_FACTOR = 6;
    static final int DEAD_LETTER_RETENTION_DAYS = 14;

    private AwsEvents() {
    }

    /** {@code order-events} becomes {@code OrderEvents}. */
    static String pascal(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    /**
     * The logical IDs this deployment's event wiring declares, each with what it stands for; a
     * resource several functions share (a topic, a bucket) has the same description for each.
     */
    static Map<String, String> resourceIds(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, String> ids = new LinkedHashMap<>();
        switch (trigger.type()) {
            case "queue" -> {
                String queue = trigger.attribute("queue");
                ids.put(pascal(queue) + "Queue", "SQS queue '" + queue + "'");
                ids.put(pascal(queue) + "DeadLetterQueue", "dead-letter queue of SQS queue '" + queue + "'");
            }
            case "topic" -> ids.put(pascal(trigger.attribute("topic")) + "Topic", "SNS topic '" + trigger.attribute("topic") + "'");
            case "storage" -> ids.put(pascal(trigger.attribute("bucket")) + "Bucket", "S3 bucket '" + trigger.attribute("bucket") + "'");
            case "stream" -> AwsStreams.resourceIds(deployment, ids);
            case "change" -> ids.putAll(AwsChanges.resourceIds(deployment));
            default -> { }
        }
        if (asynchronous(trigger)) {
            ids.put(deadLetterQueue(deployment), "dead-letter queue of function '" + deployment.name() + "'");
        }
        return ids;
    }

    /** Warns of what the template allows but the clouds would not do as meant, or refuse. */
    static void warnings(List<Deployment> deployments, Consumer<String> warnings) {
        Map<String, List<String>> byQueue = new TreeMap<>();
        Map<String, List<String>> byBucketEvent = new TreeMap<>();
        for (Deployment deployment : deployments) {
            Manifest.Trigger trigger = deployment.function().trigger();
            if (trigger.type().equals("queue")) {
                byQueue.computeIfAbsent(trigger.attribute("queue"), q -> new ArrayList<>()).add(deployment.name());
            } else if (trigger.type().equals("storage")) {
                for (String event : trigger.events()) {
                    byBucketEvent.computeIfAbsent(trigger.attribute("bucket") + "' " + event, b -> new ArrayList<>())
                            .add(deployment.name());
                }
            }
        }
        byQueue.forEach((queue, functions) -> {
            if (functions.size() > 1) {
                warnings.accept("Functions " + functions + " on AWS Lambda all take SQS queue '" + queue + "', which hands"
                        + " each message to one of them only; use a @TopicTrigger for each to get every message");
            }
        });
        byBucketEvent.forEach((bucketEvent, functions) -> {
            if (functions.size() > 1) {
                warnings.accept("Functions " + functions + " on AWS Lambda all take bucket '" + bucketEvent + " events,"
                        + " but S3 refuses two notifications of one event type on a bucket: deploying will fail");
            }
        });
    }

    /** Adds the resources (and template parameters) the deployment's trigger needs, unless already there. */
    static void addResources(Deployment deployment, List<Deployment> all, Map<String, Object> resources,
            Map<String, Object> parameters) {
        Manifest.Trigger trigger = deployment.function().trigger();
        switch (trigger.type()) {
            case "queue" -> {
                String queue = trigger.attribute("queue");
                // Every function on the queue must fit in its visibility timeout.
                int timeout = all.stream().filter(d -> d.function().trigger().type().equals("queue")
                        && d.function().trigger().attribute("queue").equals(queue))
                        .mapToInt(Deployment::timeoutSeconds).max().orElse(deployment.timeoutSeconds());
                resources.put(pascal(queue) + "Queue", resource("AWS::SQS::Queue", Map.of(
                        "QueueName", queue,
                        "VisibilityTimeout", VISIBILITY_TIMEOUT_FACTOR * timeout,
                        "RedrivePolicy", ordered("deadLetterTargetArn", arn(pascal(queue) + "DeadLetterQueue"),
                                "maxReceiveCount", MAX_RECEIVE_COUNT))));
                resources.putIfAbsent(pascal(queue) + "DeadLetterQueue", resource("AWS::SQS::Queue", Map.of(
                        "QueueName", queue + "-dlq", "MessageRetentionPeriod", DEAD_LETTER_RETENTION_DAYS * 86_400)));
            }
            case "topic" -> resources.putIfAbsent(pascal(trigger.attribute("topic")) + "Topic",
                    resource("AWS::SNS::Topic", Map.of("TopicName", trigger.attribute("topic"))));
            case "storage" -> {
                String bucket = trigger.attribute("bucket");
                parameters.putIfAbsent(pascal(bucket) + "BucketName", ordered("Type", "String", "Default", bucket,
                        "Description", "The name of the bucket of @StorageTrigger(bucket = \"" + bucket + "\"). S3 bucket"
                                + " names are global across all AWS accounts: if this one is taken, deploy with another."));
                resources.putIfAbsent(pascal(bucket) + "Bucket", resource("AWS::S3::Bucket",
                        Map.of("BucketName", Map.of("Ref", pascal(bucket) + "BucketName"))));
            }
            case "stream" -> AwsStreams.addResources(deployment, resources);
            case "change" -> AwsChanges.addResources(deployment, resources, parameters);
            default -> { }
        }
        if (asynchronous(trigger)) {
            resources.put(deadLetterQueue(deployment), resource("AWS::SQS::Queue",
                    Map.of("MessageRetentionPeriod", DEAD_LETTER_RETENTION_DAYS * 86_400)));
        }
    }

    /** The function's extra properties: its dead-letter queue for asynchronous events. */
    static void addFunctionProperties(Deployment deployment, Map<String, Object> properties) {
        if (asynchronous(deployment.function().trigger())) {
            properties.put("DeadLetterQueue", ordered("Type", "SQS", "TargetArn", arn(deadLetterQueue(deployment))));
        }
    }

    /** The function's {@code Events} entry for a queue, topic, storage or schedule trigger. */
    static Map<String, Object> events(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        if (trigger.type().equals("stream")) {
            return AwsStreams.event(deployment);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String type;
        switch (trigger.type()) {
            case "queue" -> {
                type = "SQS";
                properties.put("Queue", arn(pascal(trigger.attribute("queue")) + "Queue"));
                properties.put("BatchSize", BATCH_SIZE);
                properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
            }
            case "topic" -> {
                type = "SNS";
                properties.put("Topic", Map.of("Ref", pascal(trigger.attribute("topic")) + "Topic"));
            }
            case "storage" -> {
                type = "S3";
                properties.put("Bucket", Map.of("Ref", pascal(trigger.attribute("bucket")) + "Bucket"));
                List<String> events = trigger.events().stream()
                        .map(event -> event.equals("DELETED") ? "s3:ObjectRemoved:*" : "s3:ObjectCreated:*").toList();
                properties.put("Events", events.size() == 1 ? events.get(0) : events);
            }
            case "schedule" -> {
                type = "ScheduleV2";
                properties.put("ScheduleExpression", trigger.attribute("eventBridge"));
                properties.put("ScheduleExpressionTimezone", "UTC");
            }
            case "change" -> {
                type = "DynamoDB";
                properties.putAll(AwsChanges.eventProperties(deployment));
            }
            default -> throw new IllegalStateException("unchecked trigger " + trigger.type());
        }
        return Map.of(type, ordered("Type", type, "Properties", properties));
    }

    /** SNS, S3 and EventBridge Scheduler invoke asynchronously; SQS is polled. */
    private static boolean asynchronous(Manifest.Trigger trigger) {
        return List.of("topic", "storage", "schedule").contains(trigger.type());
    }

    private static String deadLetterQueue(Deployment deployment) {
        return AwsWriter.logicalId(deployment.name()) + "DeadLetterQueue";
    }

    private static Map<String, Object> arn(String logicalId) {
        return Map.of("Fn::GetAtt", List.of(logicalId, "Arn"));
    }

    private static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return ordered("Type", type, "Properties", new TreeMap<>(properties));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
