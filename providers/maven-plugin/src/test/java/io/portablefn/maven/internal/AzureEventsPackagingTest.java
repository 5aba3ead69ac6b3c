package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.maven.Settings;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure folder of event functions. The golden files in src/test/resources/azure-events are
 * what Microsoft's azure-functions-maven-plugin 1.30.0 (package goal) wrote for the classes the
 * portablefn generator makes of five functions, one per event trigger kind, with the manifest the
 * processor wrote for them (below); only the jar name is a placeholder. So the folder written here
 * is what Microsoft's tooling would write.
 */
class AzureEventsPackagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // As the processor writes it for the five fixtures (nightly, servicebus, storagequeue,
    // thumbnails, topic), Azure generator only.
    private static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "nightly", "class": "com.acme.Nightly", "timeoutSeconds": 60,
               "trigger": {"type": "schedule", "cron": "30 2 * * MON-FRI", "eventBridge": "cron(30 2 ? * MON-FRI *)",
                           "ncrontab": "0 30 2 * * 1-5", "unixCron": "30 2 * * 1-5"},
               "entryPoints": {"azure": "com.acme.Nightly_AzureFunction"}},
              {"name": "servicebus", "class": "com.acme.ServiceBus", "timeoutSeconds": 60,
               "trigger": {"type": "queue", "queue": "orders", "azureService": "SERVICE_BUS"},
               "entryPoints": {"azure": "com.acme.ServiceBus_AzureFunction"}},
              {"name": "storagequeue", "class": "com.acme.StorageQueue", "timeoutSeconds": 60,
               "trigger": {"type": "queue", "queue": "orders", "azureService": "STORAGE_QUEUE"},
               "entryPoints": {"azure": "com.acme.StorageQueue_AzureFunction"}},
              {"name": "thumbnails", "class": "com.acme.Thumbnails", "timeoutSeconds": 60,
               "trigger": {"type": "storage", "bucket": "uploads", "events": ["CREATED", "DELETED"]},
               "entryPoints": {"azure": "com.acme.Thumbnails_AzureFunction"}},
              {"name": "topic", "class": "com.acme.Topic", "timeoutSeconds": 60,
               "trigger": {"type": "topic", "topic": "order-events", "subscription": "audit"},
               "entryPoints": {"azure": "com.acme.Topic_AzureFunction"}}
            ]}
            """;

    @TempDir
    Path root;

    private final List<String> info = new ArrayList<>();

    @BeforeEach
    void packageTheFixtures() throws Exception {
        Path classes = root.resolve("classes");
        Fixtures.write(classes.resolve(Manifest.PATH), MANIFEST);
        for (String type : List.of("Nightly", "ServiceBus", "StorageQueue", "Thumbnails", "Topic")) {
            Fixtures.write(classes.resolve("com/acme/" + type + ".class"), type);
            Fixtures.write(classes.resolve("com/acme/" + type + "_AzureFunction.class"), type);
        }
        Packager packager = new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), info::add, w -> { });
        packager.run(new Packager.Project(classes, "app-1.0", List.of()), root.resolve("out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "servicebus", "storagequeue", "thumbnails", "topic"})
    void functionJsonIsWhatMicrosoftsPluginWrites(String function) throws Exception {
        JsonNode written = JSON.readTree(root.resolve("out/azure").resolve(function).resolve("function.json").toFile());
        assertEquals(golden(function), written, () -> function + ": " + written.toPrettyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "servicebus", "storagequeue", "thumbnails", "topic"})
    void theBundleInHostJsonHoldsEveryBinding(String function) throws Exception {
        JsonNode host = JSON.readTree(root.resolve("out/azure/host.json").toFile());
        assertEquals("Microsoft.Azure.Functions.ExtensionBundle", host.at("/extensionBundle/id").asText());
        assertEquals("[4.*, 5.0.0)", host.at("/extensionBundle/version").asText(), function);
    }

    @org.junit.jupiter.api.Test
    void theBuildSaysWhatToSetUpInAzure() {
        assertTrue(info.stream().anyMatch(line -> line.contains("'thumbnails' needs an Event Grid subscription")
                && line.contains("Microsoft.Storage.BlobCreated, Microsoft.Storage.BlobDeleted")
                && line.contains("/blobServices/default/containers/uploads/")
                && line.contains("functionName=thumbnails")), info::toString);
        assertTrue(info.stream().anyMatch(line -> line.contains("'topic' reads Service Bus topic 'order-events',"
                + " subscription 'audit'") && line.contains("ServiceBusConnection")), info::toString);
        assertTrue(info.stream().anyMatch(line -> line.contains("'servicebus' reads Service Bus queue 'orders'")),
                info::toString);
        assertTrue(info.stream().anyMatch(line -> line.contains("'storagequeue' reads Storage queue 'orders'")
                && line.contains("base64") && line.contains("'orders-poison'")), info::toString);
        assertTrue(info.stream().anyMatch(line -> line.contains("'thumbnails'") && line.contains("max events per batch 1")
                && line.contains("dead-letter destination")), info::toString);
        assertTrue(info.stream().anyMatch(line -> line.contains("'nightly' runs on NCRONTAB '0 30 2 * * 1-5' in UTC")
                && line.contains("WEBSITE_TIME_ZONE")), info::toString);
    }

    @org.junit.jupiter.api.Test
    void publicAccessOnAnEventFunctionIsWarnedAbout(@TempDir Path other) throws Exception {
        Path classes = other.resolve("classes");
        Fixtures.write(classes.resolve(Manifest.PATH), MANIFEST);
        io.portablefn.maven.FunctionSettings topic = new io.portablefn.maven.FunctionSettings("topic");
        topic.auth("public");
        List<String> warnings = new ArrayList<>();
        new Packager(new SettingsResolver(new Settings(), Map.of(), List.of(topic)), i -> { }, warnings::add)
                .run(new Packager.Project(classes, "app-1.0", List.of()), other.resolve("out"));

        assertEquals(List.of("Function 'topic' on Azure Functions: auth 'public' applies to HTTP functions only; an"
                + " event function is invoked by the Functions host for its trigger"), warnings);
        assertEquals(golden("topic"), JSON.readTree(other.resolve("out/azure/topic/function.json").toFile()),
                "auth changes nothing in an event binding");
    }

    private static JsonNode golden(String function) throws Exception {
        return JSON.readTree(Files.readString(resource("/azure-events/" + function + "/function.json"))
                .replace("${project.build.finalName}", "app-1.0"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(AzureEventsPackagingTest.class.getResource(name).toURI());
    }
}
