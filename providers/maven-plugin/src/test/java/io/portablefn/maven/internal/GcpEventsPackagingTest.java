package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.portablefn.maven.FunctionSettings;
import io.portablefn.maven.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event functions on Google Cloud: one gcloud deployment per trigger type, retries, schedules. */
class GcpEventsPackagingTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "place-order", "class": "com.acme.PlaceOrder", "timeoutSeconds": 30,
               "trigger": {"type": "queue", "queue": "orders", "azureService": "STORAGE_QUEUE"},
               "entryPoints": {"gcp": "com.acme.PlaceOrder_GcpFunction"}},
              {"name": "audit", "class": "com.acme.Audit", "timeoutSeconds": 30,
               "trigger": {"type": "topic", "topic": "events", "subscription": "audit"},
               "entryPoints": {"gcp": "com.acme.Audit_GcpFunction"}},
              {"name": "thumbnails", "class": "com.acme.Thumbnails", "timeoutSeconds": 60,
               "trigger": {"type": "storage", "bucket": "uploads", "events": ["CREATED", "DELETED"]},
               "entryPoints": {"gcp": "com.acme.Thumbnails_GcpFunction"}},
              {"name": "purge", "class": "com.acme.Purge", "timeoutSeconds": 60,
               "trigger": {"type": "storage", "bucket": "uploads", "events": ["DELETED"]},
               "entryPoints": {"gcp": "com.acme.Purge_GcpFunction"}},
              {"name": "nightly-report", "class": "com.acme.NightlyReport", "timeoutSeconds": 300,
               "trigger": {"type": "schedule", "cron": "0 2 * * *", "eventBridge": "cron(0 2 * * ? *)",
                           "ncrontab": "0 0 2 * * *", "unixCron": "0 2 * * *"},
               "entryPoints": {"gcp": "com.acme.NightlyReport_GcpFunction"}}
            ]}
            """;

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private Path packageWith(String manifest, FunctionSettings... functions) throws Exception {
        Packager packager = new Packager(new SettingsResolver(new Settings(), Map.of(), List.of(functions)),
                info -> { }, warnings::add);
        packager.run(Fixtures.project(root, manifest), root.resolve("out"));
        return root.resolve("out/gcp");
    }

    @Test
    void eachTriggerBecomesItsGcloudDeployment() throws Exception {
        JsonNode functions = YAML.readTree(packageWith(MANIFEST).resolve("deploy.yaml").toFile()).path("functions");
        List<String> names = new ArrayList<>();
        functions.forEach(function -> names.add(function.path("name").asText()));
        assertEquals(List.of("place-order", "audit", "thumbnails", "thumbnails-deleted", "purge", "nightly-report"), names);

        assertEquals("gcloud functions deploy place-order --gen2 --runtime=java17"
                + " --entry-point=com.acme.PlaceOrder_GcpFunction --source=function --trigger-topic=orders --retry"
                + " --memory=512Mi --timeout=30s", functions.get(0).path("command").asText());
        assertEquals(YAML.readTree("{topic: place-order-dead-letter, subscription: place-order-dead-letter,"
                + " maxDeliveryAttempts: 5}"), functions.get(0).path("deadLetter"));
        assertEquals("thumbnails-deleted-dead-letter", functions.get(3).path("deadLetter").path("topic").asText());
        assertEquals("events", functions.get(1).path("trigger").path("pubsub").path("topic").asText());
        assertTrue(functions.get(1).path("retry").asBoolean());
        assertEquals(List.of("--trigger-event-filters=type=google.cloud.storage.object.v1.finalized",
                "--trigger-event-filters=bucket=uploads", "--retry"), triggerArguments(functions.get(2)));
        assertEquals(List.of("--trigger-event-filters=type=google.cloud.storage.object.v1.deleted",
                "--trigger-event-filters=bucket=uploads", "--retry"), triggerArguments(functions.get(3)));
        assertEquals("thumbnails", functions.get(3).path("function").asText(), "the portable function it deploys");
        assertEquals("com.acme.Thumbnails_GcpFunction", functions.get(3).path("entryPoint").asText());
        assertEquals("google.cloud.storage.object.v1.deleted", functions.get(4).path("trigger").path("event")
                .path("type").asText(), "a function that wants deletions only keeps its name");

        JsonNode nightly = functions.get(5);
        assertEquals("nightly-report-schedule", nightly.path("trigger").path("pubsub").path("topic").asText());
        JsonNode schedule = nightly.path("schedule");
        assertEquals("0 2 * * *", schedule.path("cron").asText());
        assertEquals("Etc/UTC", schedule.path("timeZone").asText());
        assertEquals("gcloud scheduler jobs create pubsub nightly-report '--schedule=0 2 * * *' --time-zone=Etc/UTC"
                + " --topic=nightly-report-schedule --message-body=nightly-report", schedule.path("command").asText());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void pubSubTopicNamesMayNotStartWithGoog() {
        String manifest = MANIFEST.replace("\"name\": \"audit\"", "\"name\": \"google-audit\"")
                .replace("\"queue\": \"orders\"", "\"queue\": \"goog-orders\"");
        PackagingException e = assertThrows(PackagingException.class, () -> packageWith(manifest));
        assertEquals(List.of(
                ConfigException.derivedName("place-order", Cloud.GCP, "Pub/Sub topic", "goog-orders",
                        "Pub/Sub topic names must not start with 'goog'").getMessage(),
                ConfigException.derivedName("google-audit", Cloud.GCP, "Pub/Sub topic", "google-audit-dead-letter",
                        "Pub/Sub topic names must not start with 'goog'").getMessage()),
                e.errors().stream().map(Exception::getMessage).toList());
    }

    @Test
    void aDerivedNameMustBeAValidFunctionName() {
        String name = "a".repeat(56);
        String manifest = MANIFEST.replace("\"thumbnails\"", "\"" + name + "\"");
        PackagingException e = assertThrows(PackagingException.class, () -> packageWith(manifest));
        assertEquals(List.of(ConfigException.name(name + "-deleted", Cloud.GCP).getMessage()),
                e.errors().stream().map(Exception::getMessage).toList());
    }

    @Test
    void publicAccessOnAnEventFunctionIsWarnedAbout() throws Exception {
        FunctionSettings nightly = new FunctionSettings("nightly-report");
        nightly.auth("public");
        packageWith(MANIFEST, nightly);
        assertEquals(List.of("Function 'nightly-report' on Google Cloud Functions: auth 'public' applies to HTTP"
                + " functions only; an event function is invoked by Eventarc"), warnings);
    }

    @Test
    void anEventTimeoutAboveCloudFunctionsLimitIsABuildError() {
        FunctionSettings nightly = new FunctionSettings("nightly-report");
        nightly.timeoutSeconds(600);
        PackagingException e = assertThrows(PackagingException.class, () -> packageWith(MANIFEST, nightly));
        assertEquals(List.of(ConfigException.timeout("nightly-report", Cloud.GCP, 600, "schedule").getMessage()),
                e.errors().stream().map(Exception::getMessage).toList());
    }

    private static List<String> triggerArguments(JsonNode function) {
        List<String> arguments = new ArrayList<>(List.of(function.path("command").asText().split(" ")));
        return arguments.subList(8, arguments.size() - 2);
    }
}
