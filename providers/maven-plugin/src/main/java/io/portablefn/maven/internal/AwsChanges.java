package io.portablefn.maven.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SAM template's part for change functions (docs/events.md §9): the DynamoDB table with its
 * stream ({@code NEW_AND_OLD_IMAGES}, so that both images reach the function), the failed
 * batches' destination, and the function's {@code DynamoDB} event source mapping.
 * <ul>
 *   <li>{@code AWS::DynamoDB::Table} named as the annotation, on demand, its partition key a
 *       string attribute named by the template parameter {@code <Table>TableKey} (default
 *       {@code id}); declared once however many functions read it;
 *   <li>{@code <Function>ChangesDeadLetterQueue}: the on-failure destination, where Lambda sends
 *       the description of a batch it gave up (shard, sequence numbers);
 *   <li>the event: {@code StartingPosition LATEST}, the annotation's batch size,
 *       {@code BisectBatchOnFunctionError}, {@value #MAXIMUM_RETRY_ATTEMPTS} retries and
 *       {@code ReportBatchItemFailures}, so that a batch comes again from the failed change.
 * </ul>
 */
final class AwsChanges {

    static final int MAXIMUM_RETRY_ATTEMPTS = 5;

    private AwsChanges() {
    }

    /** {@code order_events.v2} becomes {@code OrderEventsV2}: logical IDs are alphanumeric. */
    static String tableId(Manifest.Trigger trigger) {
        StringBuilder id = new StringBuilder();
        for (String part : trigger.attribute("table").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id + "Table";
    }

    static String deadLetterQueue(Deployment deployment) {
        return AwsWriter.logicalId(deployment.name()) + "ChangesDeadLetterQueue";
    }

    static Map<String, String> resourceIds(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(tableId(trigger), "DynamoDB table '" + trigger.attribute("table") + "'");
        ids.put(deadLetterQueue(deployment), "on-failure destination of change function '" + deployment.name() + "'");
        return ids;
    }

    static void addResources(Deployment deployment, Map<String, Object> resources, Map<String, Object> parameters) {
        Manifest.Trigger trigger = deployment.function().trigger();
        String table = tableId(trigger);
        parameters.putIfAbsent(table + "Key", ordered("Type", "String", "Default", "id", "Description",
                "The partition key attribute (a string) of DynamoDB table '" + trigger.attribute("table") + "'"));
        Map<String, Object> key = Map.of("Ref", table + "Key");
        resources.putIfAbsent(table, resource("AWS::DynamoDB::Table", Map.of(
                "TableName", trigger.attribute("table"),
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(ordered("AttributeName", key, "AttributeType", "S")),
                "KeySchema", List.of(ordered("AttributeName", key, "KeyType", "HASH")),
                "StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"))));
        resources.put(deadLetterQueue(deployment), resource("AWS::SQS::Queue",
                Map.of("MessageRetentionPeriod", AwsEvents.DEAD_LETTER_RETENTION_DAYS * 86_400)));
    }

    /** The {@code DynamoDB} event's properties. */
    static Map<String, Object> eventProperties(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        return ordered(
                "Stream", Map.of("Fn::GetAtt", List.of(tableId(trigger), "StreamArn")),
                "StartingPosition", "LATEST",
                "BatchSize", Integer.parseInt(trigger.attribute("batchSize")),
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", MAXIMUM_RETRY_ATTEMPTS,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "DestinationConfig", Map.of("OnFailure", ordered("Type", "SQS",
                        "Destination", Map.of("Fn::GetAtt", List.of(deadLetterQueue(deployment), "Arn")))));
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
