package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.portablefn.maven.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream function's descriptors (docs/events.md §10): Azure's function.json is what Microsoft's
 * azure-functions-maven-plugin 1.30.0 wrote for the generated method (golden
 * src/test/resources/azure-events/clicks), Google's deploy.sh triggers it from the stream's
 * Pub/Sub topic with the stream's retries before the dead-letter topic, and the SAM template reads
 * the Kinesis stream reporting the failed record, with an on-failure destination (checked against
 * the CloudFormation/SAM specification when the build fetched it).
 */
class StreamPackagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    // As the processor writes it for @StreamTrigger(stream = "clicks") with default settings.
    static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "clicks", "class": "com.acme.Clicks", "timeoutSeconds": 60,
               "trigger": {"type": "stream", "stream": "clicks", "retries": 4, "batchSize": 100},
               "entryPoints": {"aws": "com.acme.Clicks_AwsHandler", "azure": "com.acme.Clicks_AzureFunction",
                               "gcp": "com.acme.Clicks_GcpFunction"}}
            ]}
            """;

    @TempDir
    Path root;

    private final List<String> info = new ArrayList<>();

    @BeforeEach
    void packageTheFunction() throws Exception {
        new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), info::add, w -> { })
                .run(Fixtures.project(root, MANIFEST), root.resolve("out"));
    }

    @Test
    void azureFunctionJsonIsWhatMicrosoftsPluginWrites() throws Exception {
        JsonNode written = JSON.readTree(root.resolve("out/azure/clicks/function.json").toFile());
        JsonNode golden = JSON.readTree(Files.readString(Path.of(getClass().getResource(
                "/azure-events/clicks/function.json").toURI())).replace("${project.build.finalName}",
                        "app-1.0"));
        assertEquals(golden, written, written::toPrettyString);
    }

    @Test
    void theBuildSaysWhatToSetUpInAzure() {
        assertTrue(info.stream().anyMatch(line -> line.contains("'clicks' reads Event Hub 'clicks'")
                && line.contains("EventHubConnection") && line.contains("'clicks-poison'")), info::toString);
    }

    @Test
    void googleTriggersItFromTheStreamsTopicWithItsRetriesBeforeTheDeadLetterTopic() throws Exception {
        String script = Files.readString(root.resolve("out/gcp/deploy.sh"));
        assertTrue(script.contains("topic clicks\n"), script);
        assertTrue(script.contains("  --trigger-topic=clicks \\\n  --retry"), script);
        assertTrue(script.contains("dead_letter clicks clicks-dead-letter 5\n"), script);
        JsonNode function = YAML.readTree(root.resolve("out/gcp/deploy.yaml").toFile()).path("functions").get(0);
        assertEquals("clicks", function.at("/trigger/pubsub/topic").asText());
        assertEquals(5, function.at("/deadLetter/maxDeliveryAttempts").asInt(), "4 retries and the first delivery");
    }

    @Test
    void awsReadsTheKinesisStreamReportingTheFailedRecordWithAnOnFailureDestination() throws Exception {
        JsonNode resources = YAML.readTree(root.resolve("out/aws/template.yaml").toFile()).path("Resources");
        assertEquals(JSON.readTree("""
                {"Kinesis": {"Type": "Kinesis", "Properties": {"Stream": {"Fn::GetAtt": ["ClicksStream", "Arn"]},
                 "StartingPosition": "TRIM_HORIZON", "BatchSize": 100, "BisectBatchOnFunctionError": true,
                 "MaximumRetryAttempts": 4, "FunctionResponseTypes": ["ReportBatchItemFailures"],
                 "DestinationConfig": {"OnFailure": {"Type": "SQS",
                                                     "Destination": {"Fn::GetAtt": ["ClicksFunctionStreamFailures", "Arn"]}}}}}}"""),
                resources.path("ClicksFunction").path("Properties").path("Events"));
        assertEquals(JSON.readTree("""
                {"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "clicks",
                 "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}}"""), resources.path("ClicksStream"));
        assertEquals(JSON.readTree("""
                {"Type": "AWS::SQS::Queue", "Properties": {"MessageRetentionPeriod": 1209600,
                 "QueueName": "clicks-stream-failures"}}"""), resources.path("ClicksFunctionStreamFailures"));
    }

    @Test
    void theTemplateFollowsTheSpecification() throws Exception {
        String path = System.getProperty("portablefn.cfnspec", "target/cfnspec/package/spec/specification.json");
        assumeTrue(Files.isRegularFile(Path.of(path)), "no CloudFormation specification at " + path);
        SamSpecification spec = new SamSpecification(JSON.readTree(Path.of(path).toFile()));
        assertEquals(List.of(), spec.problems(YAML.readTree(root.resolve("out/aws/template.yaml").toFile())));
    }
}
