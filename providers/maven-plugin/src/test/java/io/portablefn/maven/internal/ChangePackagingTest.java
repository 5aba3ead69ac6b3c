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
 * A change function on every cloud (docs/events.md §9.2): the DynamoDB table, stream and event
 * source mapping in SAM; the Cosmos DB trigger and its retry in function.json; the Firestore
 * Eventarc trigger with retries and a dead-letter topic in deploy.yaml.
 */
class ChangePackagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "audit-orders", "class": "com.acme.AuditOrders", "timeoutSeconds": 30,
               "trigger": {"type": "change", "table": "order_events.v2", "cosmosDatabase": "default",
                           "firestoreDatabase": "(default)", "batchSize": "50", "azureConnection": "CosmosDBConnection"},
               "entryPoints": {"aws": "com.acme.AuditOrders_AwsHandler", "azure": "com.acme.AuditOrders_AzureFunction",
                               "gcp": "com.acme.AuditOrders_GcpFunction"}}
            ]}
            """;

    @TempDir
    Path root;
    private final List<String> info = new ArrayList<>();

    @BeforeEach
    void packageTheFunction() throws Exception {
        new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), info::add, warning -> { })
                .run(Fixtures.project(root, MANIFEST), root.resolve("out"));
    }

    @Test
    void samDeclaresTheTableWithBothImagesAndAMappingThatReportsTheFailedChange() throws Exception {
        JsonNode template = YAML.readTree(root.resolve("out/aws/template.yaml").toFile());
        JsonNode resources = template.path("Resources");
        assertEquals(JSON.readTree("""
                {"Type": "AWS::DynamoDB::Table", "Properties": {
                  "AttributeDefinitions": [{"AttributeName": {"Ref": "OrderEventsV2TableKey"}, "AttributeType": "S"}],
                  "BillingMode": "PAY_PER_REQUEST",
                  "KeySchema": [{"AttributeName": {"Ref": "OrderEventsV2TableKey"}, "KeyType": "HASH"}],
                  "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"},
                  "TableName": "order_events.v2"}}"""), resources.path("OrderEventsV2Table"));
        assertEquals("id", template.path("Parameters").path("OrderEventsV2TableKey").path("Default").asText());
        assertEquals(JSON.readTree("""
                {"DynamoDB": {"Type": "DynamoDB", "Properties": {
                  "Stream": {"Fn::GetAtt": ["OrderEventsV2Table", "StreamArn"]},
                  "StartingPosition": "LATEST", "BatchSize": 50, "BisectBatchOnFunctionError": true,
                  "MaximumRetryAttempts": 5, "FunctionResponseTypes": ["ReportBatchItemFailures"],
                  "DestinationConfig": {"OnFailure": {"Type": "SQS",
                    "Destination": {"Fn::GetAtt": ["AuditOrdersFunctionChangesDeadLetterQueue", "Arn"]}}}}}}"""),
                resources.path("AuditOrdersFunction").path("Properties").path("Events"));
        assertEquals("AWS::SQS::Queue", resources.path("AuditOrdersFunctionChangesDeadLetterQueue").path("Type").asText());
    }

    @Test
    void theTemplateFollowsTheSpecification() throws Exception {
        String path = System.getProperty("portablefn.cfnspec", "target/cfnspec/package/spec/specification.json");
        assumeTrue(Files.isRegularFile(Path.of(path)), "no CloudFormation specification at " + path);
        SamSpecification spec = new SamSpecification(JSON.readTree(Path.of(path).toFile()));
        assertEquals(List.of(), spec.problems(YAML.readTree(root.resolve("out/aws/template.yaml").toFile())));
    }

    @Test
    void functionJsonHoldsTheCosmosTriggerAndItsRetryAsTheGeneratedMethodDeclaresThem() throws Exception {
        JsonNode function = JSON.readTree(root.resolve("out/azure/audit-orders/function.json").toFile());
        assertEquals(JSON.readTree("""
                [{"type": "cosmosDBTrigger", "direction": "in", "name": "documents", "databaseName": "default",
                  "containerName": "order_events.v2", "connection": "CosmosDBConnection",
                  "leaseContainerName": "leases", "leaseContainerPrefix": "audit-orders-",
                  "createLeaseContainerIfNotExists": true, "maxItemsPerInvocation": 50}]"""), function.path("bindings"));
        assertEquals(JSON.readTree("""
                {"strategy": "exponentialBackoff", "maxRetryCount": 5, "minimumInterval": "00:00:04",
                 "maximumInterval": "00:15:00"}"""), function.path("retry"));
        assertTrue(info.stream().anyMatch(line -> line.contains("reads the change feed of Cosmos DB container"
                + " 'order_events.v2'") && line.contains("CosmosDBConnection")), info::toString);
    }

    @Test
    void deployYamlWatchesTheCollectionsDocumentsWithRetriesAndADeadLetterTopic() throws Exception {
        JsonNode function = YAML.readTree(root.resolve("out/gcp/deploy.yaml").toFile()).path("functions").get(0);
        assertEquals(JSON.readTree("""
                {"event": {"type": "google.cloud.firestore.document.v1.written", "database": "(default)",
                           "document": "order_events.v2/{id}"}}"""), function.path("trigger"));
        assertTrue(function.path("retry").asBoolean());
        assertEquals("audit-orders-dead-letter", function.path("deadLetter").path("topic").asText());
        assertTrue(function.path("command").asText().contains(" --trigger-event-filters=type=google.cloud.firestore"
                + ".document.v1.written '--trigger-event-filters=database=(default)'"
                + " '--trigger-event-filters-path-pattern=document=order_events.v2/{id}' --retry "),
                function.path("command").asText());
    }
}
