package io.portablefn.maven.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SAM template's part for a stream function (docs/events.md §10.2): the Kinesis data stream
 * (on-demand capacity), declared once however many functions read it; the function's SQS queue
 * {@code <function>-stream-failures}, its on-failure destination; and its {@code Kinesis} event:
 * {@code StartingPosition TRIM_HORIZON}, the trigger's {@code BatchSize}, {@code
 * BisectBatchOnFunctionError}, {@code MaximumRetryAttempts} from its retries,
 * {@code ReportBatchItemFailures} (the adapter names the first failed record) and the destination.
 * After the retries Lambda sends that queue a description of the batch (shard, first and last
 * sequence numbers), not the records.
 */
final class AwsStreams {

    static final int FAILURE_RETENTION_DAYS = 14;

    private AwsStreams() {
    }

    static String streamId(Manifest.Trigger trigger) {
        return AwsEvents.pascal(trigger.attribute("stream")) + "Stream";
    }

    static String failuresId(Deployment deployment) {
        return AwsWriter.logicalId(deployment.name()) + "StreamFailures";
    }

    static void resourceIds(Deployment deployment, Map<String, String> ids) {
        Manifest.Trigger trigger = deployment.function().trigger();
        ids.put(streamId(trigger), "Kinesis stream '" + trigger.attribute("stream") + "'");
        ids.put(failuresId(deployment), "on-failure destination of function '" + deployment.name() + "'");
    }

    static void addResources(Deployment deployment, Map<String, Object> resources) {
        Manifest.Trigger trigger = deployment.function().trigger();
        resources.putIfAbsent(streamId(trigger), resource("AWS::Kinesis::Stream", Map.of(
                "Name", trigger.attribute("stream"),
                "StreamModeDetails", Map.of("StreamMode", "ON_DEMAND"))));
        resources.put(failuresId(deployment), resource("AWS::SQS::Queue", Map.of(
                "QueueName", deployment.name() + "-stream-failures",
                "MessageRetentionPeriod", FAILURE_RETENTION_DAYS * 86_400)));
    }

    static Map<String, Object> event(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Stream", arn(streamId(trigger)));
        properties.put("StartingPosition", "TRIM_HORIZON");
        properties.put("BatchSize", Integer.parseInt(trigger.attribute("batchSize")));
        properties.put("BisectBatchOnFunctionError", true);
        properties.put("MaximumRetryAttempts", Integer.parseInt(trigger.attribute("retries")));
        properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
        properties.put("DestinationConfig", Map.of("OnFailure", ordered("Type", "SQS",
                "Destination", arn(failuresId(deployment)))));
        return Map.of("Kinesis", ordered("Type", "Kinesis", "Properties", properties));
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
