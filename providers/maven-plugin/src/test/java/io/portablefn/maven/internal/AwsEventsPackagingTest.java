package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.portablefn.maven.FunctionSettings;
import io.portablefn.maven.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAM template of event functions: each trigger's resources and event, shared resources
 * declared once, dead-letter queues so nothing is lost, and the whole checked against the
 * CloudFormation/SAM specification (when the build fetched it, as for {@link SamSpecificationTest}).
 */
class AwsEventsPackagingTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "place-order", "class": "com.acme.PlaceOrder", "timeoutSeconds": 20,
               "trigger": {"type": "queue", "queue": "orders", "azureService": "STORAGE_QUEUE"},
               "entryPoints": {"aws": "com.acme.PlaceOrder_AwsHandler"}},
              {"name": "audit", "class": "com.acme.Audit", "timeoutSeconds": 60,
               "trigger": {"type": "topic", "topic": "order-events", "subscription": "audit"},
               "entryPoints": {"aws": "com.acme.Audit_AwsHandler"}},
              {"name": "notify", "class": "com.acme.Notify", "timeoutSeconds": 10,
               "trigger": {"type": "topic", "topic": "order-events", "subscription": "notify"},
               "entryPoints": {"aws": "com.acme.Notify_AwsHandler"}},
              {"name": "thumbnails", "class": "com.acme.Thumbnails", "timeoutSeconds": 30,
               "trigger": {"type": "storage", "bucket": "uploads", "events": ["CREATED", "DELETED"]},
               "entryPoints": {"aws": "com.acme.Thumbnails_AwsHandler"}},
              {"name": "nightly", "class": "com.acme.Nightly", "timeoutSeconds": 900,
               "trigger": {"type": "schedule", "cron": "0 2 * * *", "eventBridge": "cron(0 2 * * ? *)",
                           "ncrontab": "0 0 2 * * *", "unixCron": "0 2 * * *"},
               "entryPoints": {"aws": "com.acme.Nightly_AwsHandler"}}
            ]}
            """;

    @TempDir
    Path root;
    private final List<String> warnings = new ArrayList<>();

    private JsonNode template(String manifest, FunctionSettings... functions) throws Exception {
        new Packager(new SettingsResolver(new Settings(), Map.of(), List.of(functions)), i -> { }, warnings::add)
                .run(Fixtures.project(root, manifest), root.resolve("out"));
        return YAML.readTree(root.resolve("out/aws/template.yaml").toFile());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aQueueFunctionReadsItsQueueInBatchesReportingEachFailureWithADeadLetterQueue() throws Exception {
        JsonNode resources = template(MANIFEST).path("Resources");

        assertEquals(json("""
                {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "orders",
                 "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["OrdersDeadLetterQueue", "Arn"]},
                                   "maxReceiveCount": 5},
                 "VisibilityTimeout": 120}}"""), resources.path("OrdersQueue"), "6 x the 20 s timeout");
        assertEquals(json("""
                {"Type": "AWS::SQS::Queue", "Properties": {"MessageRetentionPeriod": 1209600, "QueueName": "orders-dlq"}}"""),
                resources.path("OrdersDeadLetterQueue"));
        assertEquals(json("""
                {"SQS": {"Type": "SQS", "Properties": {"Queue": {"Fn::GetAtt": ["OrdersQueue", "Arn"]}, "BatchSize": 10,
                 "FunctionResponseTypes": ["ReportBatchItemFailures"]}}}"""),
                resources.path("PlaceOrderFunction").path("Properties").path("Events"));
        assertTrue(resources.path("PlaceOrderFunction").path("Properties").path("DeadLetterQueue").isMissingNode(),
                "SQS itself dead-letters");
    }

    @Test
    void topicFunctionsShareOneTopicAndEachHasADeadLetterQueue() throws Exception {
        JsonNode resources = template(MANIFEST).path("Resources");

        assertEquals(json("{\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": \"order-events\"}}"),
                resources.path("OrderEventsTopic"));
        for (String function : List.of("AuditFunction", "NotifyFunction")) {
            JsonNode properties = resources.path(function).path("Properties");
            assertEquals(json("{\"SNS\": {\"Type\": \"SNS\", \"Properties\": {\"Topic\": {\"Ref\": \"OrderEventsTopic\"}}}}"),
                    properties.path("Events"));
            assertEquals(json("{\"Type\": \"SQS\", \"TargetArn\": {\"Fn::GetAtt\": [\"" + function + "DeadLetterQueue\", \"Arn\"]}}"),
                    properties.path("DeadLetterQueue"));
            assertEquals("AWS::SQS::Queue", resources.path(function + "DeadLetterQueue").path("Type").asText());
        }
    }

    @Test
    void aStorageFunctionGetsItsBucketNamedByAParameterBecauseBucketNamesAreGlobal() throws Exception {
        JsonNode template = template(MANIFEST);

        JsonNode parameter = template.path("Parameters").path("UploadsBucketName");
        assertEquals("uploads", parameter.path("Default").asText());
        assertTrue(parameter.path("Description").asText().contains("global"), parameter.toString());
        assertEquals(json("{\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": {\"Ref\": \"UploadsBucketName\"}}}"),
                template.path("Resources").path("UploadsBucket"));
        assertEquals(json("""
                {"S3": {"Type": "S3", "Properties": {"Bucket": {"Ref": "UploadsBucket"},
                 "Events": ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"]}}}"""),
                template.path("Resources").path("ThumbnailsFunction").path("Properties").path("Events"));
    }

    @Test
    void aScheduleIsAnEventBridgeSchedulerScheduleInUtc() throws Exception {
        JsonNode properties = template(MANIFEST).path("Resources").path("NightlyFunction").path("Properties");

        assertEquals(json("""
                {"ScheduleV2": {"Type": "ScheduleV2", "Properties": {"ScheduleExpression": "cron(0 2 * * ? *)",
                 "ScheduleExpressionTimezone": "UTC"}}}"""), properties.path("Events"));
        assertEquals(900, properties.path("Timeout").asInt());
    }

    @Test
    void eventFunctionsAloneNeedNoHttpApiAndTheirLongTimeoutsNoWarning() throws Exception {
        JsonNode template = template(MANIFEST);

        assertTrue(template.path("Resources").path(AwsApis.HTTP_API).isMissingNode());
        assertTrue(template.path("Resources").path(AwsApis.REST_API).isMissingNode());
        assertTrue(template.path("Outputs").isMissingNode());
        assertEquals(List.of(), warnings);
    }

    @Test
    void theTemplateFollowsTheSpecification() throws Exception {
        String path = System.getProperty("portablefn.cfnspec", "target/cfnspec/package/spec/specification.json");
        assumeTrue(Files.isRegularFile(Path.of(path)), "no CloudFormation specification at " + path);
        SamSpecification spec = new SamSpecification(JSON.readTree(Path.of(path).toFile()));
        String withHttp = MANIFEST.replace("]}\n", ",\n" + """
                  {"name": "ping", "class": "com.acme.Ping", "timeoutSeconds": 5,
                   "trigger": {"type": "http", "methods": ["GET"], "path": "/ping"},
                   "entryPoints": {"aws": "com.acme.Ping_AwsHandler"}}
                ]}
                """);
        JsonNode template = template(withHttp);
        assertEquals(List.of(), spec.problems(template));
        List<String> names = new ArrayList<>();
        template.path("Resources").fieldNames().forEachRemaining(names::add);
        assertEquals(15, names.size(), "6 functions, the API, a queue and its dead-letter queue, a topic, a bucket"
                + " and the dead-letter queues of 4 asynchronous functions: " + names);

        ObjectNode sqs = (ObjectNode) template.path("Resources").path("PlaceOrderFunction").path("Properties")
                .path("Events").path("SQS").path("Properties");
        sqs.remove("Queue");
        sqs.put("BatchSize", "ten");
        ((ObjectNode) template.path("Resources").path("AuditFunction").path("Properties").path("Events").path("SNS")
                .path("Properties").path("Topic")).put("Ref", "NoSuchTopic");
        ((ObjectNode) template.path("Resources").path("OrdersQueue").path("Properties").path("RedrivePolicy")
                .path("deadLetterTargetArn")).putArray("Fn::GetAtt").add("OrdersDeadLetterQueue").add("Url");
        List<String> problems = spec.problems(template);
        assertEquals(4, problems.size(), problems::toString);
        for (String expected : List.of("PlaceOrderFunction.Events.SQS.Properties: required property Queue",
                "PlaceOrderFunction.Events.SQS.Properties.BatchSize: expected Integer",
                ".Resources.AuditFunction.Properties.Events.SNS.Properties.Topic: refers to NoSuchTopic, which is no resource",
                ".Resources.OrdersQueue.Properties.RedrivePolicy.deadLetterTargetArn: AWS::SQS::Queue has no attribute Url")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + problems);
        }
    }

    @Test
    void sharingAQueueOrABucketEventAndPublicEventFunctionsAreWarnings() throws Exception {
        String manifest = MANIFEST.replace("\"trigger\": {\"type\": \"topic\", \"topic\": \"order-events\", \"subscription\": \"notify\"}",
                "\"trigger\": {\"type\": \"queue\", \"queue\": \"orders\", \"azureService\": \"STORAGE_QUEUE\"}")
                .replace("]}\n", ",\n" + """
                  {"name": "resize", "class": "com.acme.Resize", "timeoutSeconds": 5,
                   "trigger": {"type": "storage", "bucket": "uploads", "events": ["CREATED"]},
                   "entryPoints": {"aws": "com.acme.Resize_AwsHandler"}}
                ]}
                """);
        FunctionSettings audit = new FunctionSettings("audit");
        audit.auth("public");
        JsonNode resources = template(manifest, audit).path("Resources");

        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.contains("Functions [place-order, notify] on AWS Lambda all take SQS queue 'orders', which"
                + " hands each message to one of them only; use a @TopicTrigger for each to get every message"), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Functions [thumbnails, resize] on AWS Lambda all take"
                + " bucket 'uploads' CREATED events") && w.contains("deploying will fail")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Function 'audit' on AWS: auth 'public' applies to HTTP"
                + " functions only")), warnings::toString);
        assertEquals(120, resources.path("OrdersQueue").path("Properties").path("VisibilityTimeout").asInt(),
                "6 x the longer of the two timeouts");
    }

    @Test
    void resourceNamesThatCollideAreErrors() {
        String manifest = MANIFEST.replace("\"queue\": \"orders\"", "\"queue\": \"audit-function\"");
        PackagingException e = assertThrows(PackagingException.class, () -> template(manifest));

        assertEquals(1, e.errors().size(), e.errors()::toString);
        String message = e.errors().get(0).getMessage();
        assertTrue(message.contains("resource name AuditFunctionDeadLetterQueue"), message);
        assertTrue(message.contains("dead-letter queue of function 'audit'")
                && message.contains("dead-letter queue of SQS queue 'audit-function'"), message);
        assertFalse(Files.exists(root.resolve("out")));
    }
}
