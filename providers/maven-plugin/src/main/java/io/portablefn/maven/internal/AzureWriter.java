package io.portablefn.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.runtime.PathTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code azure/}: the function app folder the Functions host runs, laid out as Microsoft's
 * azure-functions-maven-plugin lays it out: {@code host.json}, the app jar, {@code lib/}, and one
 * {@code <function>/function.json} whose bindings are what that plugin writes for the generated
 * {@code Xxx_AzureFunction} class, except that a public function's authLevel is ANONYMOUS (the
 * generated annotation keeps the safe FUNCTION; this file is what Azure reads). The extension
 * bundle of host.json holds the event triggers' bindings too.
 *
 * <p>Azure has memory, Java version, timeout and app settings per app, not per function: Java and
 * each variable must agree across functions, the timeout is the largest, and the memory the
 * smallest Flex Consumption instance that holds the largest function.
 */
final class AzureWriter implements CloudWriter {

    static final String APP_SETTINGS = "azure-appsettings.json";
    private static final int[] FLEX_INSTANCE_MEMORY_MB = {512, 2048, 4096};
    private static final ObjectMapper JSON = new ObjectMapper();
    // The connection settings the generated trigger annotations name (AzureEventMethods).
    private static final String STORAGE_CONNECTION = "AzureWebJobsStorage";
    private static final String SERVICE_BUS_CONNECTION = "ServiceBusConnection";

    @Override
    public Cloud cloud() {
        return Cloud.AZURE;
    }

    @Override
    public List<String> triggers() {
        return List.of("http", "queue", "topic", "storage", "schedule", "change", "stream");
    }

    @Override
    public List<ConfigException> check(List<Deployment> deployments) {
        List<ConfigException> errors = new ArrayList<>();
        if (deployments.isEmpty()) {
            return errors;
        }
        Deployment first = deployments.get(0);
        Map<String, Deployment> setBy = new TreeMap<>();
        for (Deployment deployment : deployments) {
            if (deployment.javaVersion() != first.javaVersion()) {
                errors.add(ConfigException.conflict(Cloud.AZURE, "Java version", first.name(),
                        "Java " + first.javaVersion(), deployment.name(), "Java " + deployment.javaVersion()));
            }
            for (Map.Entry<String, String> variable : deployment.environment().entrySet()) {
                Deployment other = setBy.putIfAbsent(variable.getKey(), deployment);
                if (other != null && !other.environment().get(variable.getKey()).equals(variable.getValue())) {
                    errors.add(ConfigException.conflict(Cloud.AZURE, "value of app setting " + variable.getKey(),
                            other.name(), "'" + other.environment().get(variable.getKey()) + "'", deployment.name(),
                            "'" + variable.getValue() + "'"));
                }
            }
        }
        return errors;
    }

    @Override
    public List<Path> write(List<Deployment> deployments, Contents contents, Path app) throws IOException {
        Files.createDirectories(app);
        String jar = contents.finalName() + ".jar";
        Archives.jar(app.resolve(jar), contents.classes(), List.of());
        for (Map.Entry<String, Path> library : contents.libraries().entrySet()) {
            Files.createDirectories(app.resolve("lib"));
            Files.copy(library.getValue(), app.resolve("lib").resolve(library.getKey()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int timeout = deployments.stream().mapToInt(Deployment::timeoutSeconds).max().orElseThrow();
        write(app.resolve("host.json"), hostJson(timeout));
        for (Deployment deployment : deployments) {
            write(app.resolve(deployment.name()).resolve("function.json"), functionJson(deployment, jar));
        }
        Map<String, String> settings = new TreeMap<>();
        deployments.forEach(d -> settings.putAll(d.environment()));
        List<Path> written = new ArrayList<>(List.of(app));
        Files.deleteIfExists(app.resolveSibling(APP_SETTINGS));
        if (!settings.isEmpty()) {
            Path file = app.resolveSibling(APP_SETTINGS);
            write(file, appSettings(settings));
            written.add(file);
        }
        for (Deployment deployment : deployments) {
            setup(deployment.name(), deployment.function().trigger()).ifPresent(contents.info());
            if (deployment.publicAccess() && !deployment.function().trigger().type().equals("http")) {
                contents.warnings().accept("Function '" + deployment.name() + "' on " + Cloud.AZURE.title()
                        + ": auth 'public' applies to HTTP functions only; an event function is invoked by the"
                        + " Functions host for its trigger");
            }
        }
        int memory = deployments.stream().mapToInt(Deployment::memoryMb).max().orElseThrow();
        contents.info().accept("Azure app settings (per app, not per function): Java "
                + deployments.get(0).javaVersion() + ", Flex Consumption instance memory " + instanceMemory(memory)
                + " MB, functionTimeout " + timeout + " s");
        return written;
    }

    static int instanceMemory(int memoryMb) {
        for (int size : FLEX_INSTANCE_MEMORY_MB) {
            if (memoryMb <= size) {
                return size;
            }
        }
        return FLEX_INSTANCE_MEMORY_MB[FLEX_INSTANCE_MEMORY_MB.length - 1];
    }

    private static ObjectNode hostJson(int timeoutSeconds) {
        ObjectNode host = JSON.createObjectNode().put("version", "2.0");
        host.putObject("extensionBundle").put("id", "Microsoft.Azure.Functions.ExtensionBundle")
                .put("version", "[4.*, 5.0.0)");
        host.put("functionTimeout", String.format("%02d:%02d:%02d", timeoutSeconds / 3600, timeoutSeconds / 60 % 60,
                timeoutSeconds % 60));
        return host;
    }

    // Key order as Microsoft's plugin writes it, so the files also read the same.
    private static ObjectNode functionJson(Deployment deployment, String jar) {
        ObjectNode json = JSON.createObjectNode()
                .put("scriptFile", "../" + jar)
                .put("entryPoint", deployment.entryPoint() + ".run");
        ArrayNode bindings = json.putArray("bindings");
        Manifest.Trigger trigger = deployment.function().trigger();
        switch (trigger.type()) {
            case "http" -> {
                ObjectNode in = bindings.addObject().put("type", "httpTrigger").put("direction", "in")
                        .put("name", "request").put("route", PathTemplate.parse(trigger.path()).aspNetRoute());
                trigger.methods().forEach(in.putArray("methods")::add);
                in.put("authLevel", deployment.publicAccess() ? "ANONYMOUS" : "FUNCTION");
                bindings.addObject().put("type", "http").put("direction", "out").put("name", "$return");
            }
            case "stream" -> AzureStreams.bindings(json, bindings, trigger);
            case "change" -> cosmosBinding(json, bindings, deployment.name(), trigger);
            default -> eventBinding(json, bindings, trigger);
        }
        return json;
    }

    /**
     * An event trigger's binding, as the plugin writes it for the generated method: the message
     * parameter is bytes ({@code dataType binary}); the {@code @BindingName} parameters add nothing;
     * a timer also gets the method's {@code @FixedDelayRetry} as {@code retry}.
     */
    private static void eventBinding(ObjectNode json, ArrayNode bindings, Manifest.Trigger trigger) {
        ObjectNode in = bindings.addObject();
        switch (trigger.type()) {
            case "queue" -> {
                boolean serviceBus = trigger.attribute("azureService").equals("SERVICE_BUS");
                in.put("type", serviceBus ? "serviceBusTrigger" : "queueTrigger").put("direction", "in")
                        .put("name", "message").put("queueName", trigger.attribute("queue")).put("dataType", "binary")
                        .put("connection", serviceBus ? SERVICE_BUS_CONNECTION : STORAGE_CONNECTION);
            }
            case "topic" -> in.put("type", "serviceBusTrigger").put("direction", "in").put("name", "message")
                    .put("subscriptionName", trigger.attribute("subscription")).put("dataType", "binary")
                    .put("topicName", trigger.attribute("topic")).put("connection", SERVICE_BUS_CONNECTION);
            case "storage" -> in.put("type", "eventGridTrigger").put("direction", "in").put("name", "event");
            case "schedule" -> {
                in.put("type", "timerTrigger").put("direction", "in").put("name", "timer")
                        .put("schedule", trigger.attribute("ncrontab"));
                json.putObject("retry").put("strategy", "fixedDelay").put("maxRetryCount", 2)
                        .put("delayInterval", "00:01:00");
            }
            default -> throw new IllegalStateException("unchecked trigger " + trigger.type());
        }
    }

    /**
     * A change function's Cosmos DB trigger, as the plugin writes the generated method's
     * {@code @CosmosDBTrigger} (CosmosTriggerMethod in portablefn-azure) and its
     * {@code @ExponentialBackoffRetry} as {@code retry}.
     */
    private static void cosmosBinding(ObjectNode json, ArrayNode bindings, String name, Manifest.Trigger trigger) {
        bindings.addObject().put("type", "cosmosDBTrigger").put("direction", "in").put("name", "documents")
                .put("databaseName", trigger.attribute("cosmosDatabase")).put("containerName", trigger.attribute("table"))
                .put("connection", trigger.attribute("azureConnection")).put("leaseContainerName", "leases")
                .put("leaseContainerPrefix", name + "-").put("createLeaseContainerIfNotExists", true)
                .put("maxItemsPerInvocation", Integer.parseInt(trigger.attribute("batchSize")));
        json.putObject("retry").put("strategy", "exponentialBackoff").put("maxRetryCount", 5)
                .put("minimumInterval", "00:00:04").put("maximumInterval", "00:15:00");
    }

    /** What a user must set up in Azure for an event function, beyond this folder; empty for HTTP. */
    static Optional<String> setup(String name, Manifest.Trigger trigger) {
        return Optional.ofNullable(switch (trigger.type()) {
            case "queue" -> trigger.attribute("azureService").equals("SERVICE_BUS")
                    ? "Azure function '" + name + "' reads Service Bus queue '" + trigger.attribute("queue")
                            + "' (create it without sessions): set app setting " + SERVICE_BUS_CONNECTION
                            + " (a connection string, or " + SERVICE_BUS_CONNECTION
                            + "__fullyQualifiedNamespace for a managed identity)"
                    : "Azure function '" + name + "' reads Storage queue '" + trigger.attribute("queue")
                            + "' of the app's storage account (" + STORAGE_CONNECTION + "): producers must send"
                            + " base64-encoded messages, which the host decodes; others go to '"
                            + trigger.attribute("queue") + "-poison' unread";
            case "topic" -> "Azure function '" + name + "' reads Service Bus topic '" + trigger.attribute("topic")
                    + "', subscription '" + trigger.attribute("subscription") + "' (create it without sessions):"
                    + " set app setting " + SERVICE_BUS_CONNECTION;
            case "storage" -> "Azure function '" + name + "' needs an Event Grid subscription on the storage account"
                    + " holding container '" + trigger.attribute("bucket") + "': event types "
                    + String.join(", ", trigger.events().stream().map(e -> e.equals("DELETED")
                            ? "Microsoft.Storage.BlobDeleted" : "Microsoft.Storage.BlobCreated").toList())
                    + ", subject begins with /blobServices/default/containers/" + trigger.attribute("bucket")
                    + "/, max events per batch 1, a dead-letter destination (a blob container) so that no event"
                    + " is dropped, endpoint the function (Azure Function endpoint type, or the webhook"
                    + " https://<app>.azurewebsites.net/runtime/webhooks/eventgrid?functionName=" + name
                    + "&code=<eventgrid_extension system key>)";
            case "schedule" -> "Azure function '" + name + "' runs on NCRONTAB '" + trigger.attribute("ncrontab")
                    + "' in UTC: leave app setting WEBSITE_TIME_ZONE unset, or every schedule of the app moves";
            case "stream" -> AzureStreams.setup(name, trigger);
            case "change" -> "Azure function '" + name + "' reads the change feed of Cosmos DB container '"
                    + trigger.attribute("table") + "' in database '" + trigger.attribute("cosmosDatabase") + "': set app"
                    + " setting " + trigger.attribute("azureConnection") + " (a connection string, or "
                    + trigger.attribute("azureConnection") + "__accountEndpoint for a managed identity); the lease"
                    + " container 'leases' is created in that database when missing. Changes given up after the"
                    + " retries are logged as errors (docs/events.md §9.2)";
            default -> null;
        });
    }

    // The format `az functionapp config appsettings set --settings @file` reads.
    private static ArrayNode appSettings(Map<String, String> settings) {
        ArrayNode array = JSON.createArrayNode();
        settings.forEach((name, value) -> array.addObject().put("name", name).put("value", value)
                .put("slotSetting", false));
        return array;
    }

    private static void write(Path file, Object json) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    }
}
