package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Microsoft's azure-functions-maven-plugin 1.30.0 (package goal, run just before this test) reads
 * the generated {@code Xxx_AzureFunction} classes and writes one {@code <function>/function.json}
 * each. The host binds the triggers by those files only, so they must name the queue, topic and
 * subscription, Event Grid trigger and NCRONTAB schedule the portable annotations name (as the
 * processor recorded them in META-INF/portablefn/functions.json). The golden copies are in
 * src/test/resources/azure/{@literal <function>}/function.json; {@link PortablefnDescriptorsIT}
 * checks that portablefn's own package goal writes the same.
 */
class FunctionJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The function app folder, jar name and classes come from the pom (failsafe systemPropertyVariables).
    private static final Path APP = Path.of(required("portablefn.azureApp"));
    private static final String JAR = required("portablefn.jar");
    private static final Path CLASSES = Path.of(required("portablefn.classes"));

    @Test
    void thePluginWroteOneFunctionPerPortableFunctionAndEachHasAGoldenFile() throws Exception {
        Set<String> portable = manifest().keySet();
        assertEquals(portable, functions(APP), "functions written in " + APP);
        assertEquals(portable, functions(Path.of(FunctionJsonIT.class.getResource("/azure").toURI())),
                "golden files in src/test/resources/azure");
    }

    @TestFactory
    Stream<DynamicTest> everyWrittenFunctionJsonIsTheGoldenOne() throws IOException {
        return functions(APP).stream().map(function -> DynamicTest.dynamicTest(function, () -> {
            JsonNode written = read(function);
            JsonNode golden = golden(function);
            assertEquals(golden, written, () -> function + "/function.json differs from the golden file.\nexpected: "
                    + golden.toPrettyString() + "\nwritten:  " + written.toPrettyString());
        }));
    }

    /**
     * The one trigger binding says what the portable trigger says; event functions have no output
     * binding but a stream function's poison queue (docs/events.md §10.2).
     */
    @TestFactory
    Stream<DynamicTest> theTriggerBindingIsThePortableTrigger() throws IOException {
        return manifest().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String function = entry.getKey();
            JsonNode trigger = entry.getValue().path("trigger");
            JsonNode bindings = read(function).path("bindings");
            boolean stream = trigger.path("type").asText().equals("stream");
            assertEquals(stream ? 2 : 1, bindings.size(), function + ": bindings " + bindings);
            JsonNode in = bindings.get(0);
            assertEquals("in", in.path("direction").asText(), function + ": " + in);
            switch (trigger.path("type").asText()) {
                case "queue" -> {
                    assertEquals("STORAGE_QUEUE", trigger.path("azureService").asText(), function);
                    assertBinding(in, "queueTrigger", "message", "queueName", trigger.path("queue").asText());
                    assertEquals("AzureWebJobsStorage", in.path("connection").asText(), function + ": " + in);
                    assertEquals("binary", in.path("dataType").asText(), function + ": the body's bytes, as they came");
                }
                case "topic" -> {
                    assertBinding(in, "serviceBusTrigger", "message", "topicName", trigger.path("topic").asText());
                    assertEquals(trigger.path("subscription").asText(), in.path("subscriptionName").asText(), function);
                    assertEquals("ServiceBusConnection", in.path("connection").asText(), function + ": " + in);
                    assertEquals("binary", in.path("dataType").asText(), function + ": the body's bytes, as they came");
                }
                // The container is chosen by the Event Grid subscription, not by the binding.
                case "storage" -> assertBinding(in, "eventGridTrigger", "event", null, null);
                case "schedule" -> assertBinding(in, "timerTrigger", "timer", "schedule", trigger.path("ncrontab").asText());
                case "stream" -> {
                    assertBinding(in, "eventHubTrigger", "events", "eventHubName", trigger.path("stream").asText());
                    assertEquals("MANY", in.path("cardinality").asText(), function + ": one partition's batch per call");
                    assertEquals("binary", in.path("dataType").asText(), function + ": the bodies' bytes, as they came");
                    JsonNode poison = bindings.get(1);
                    assertEquals("out", poison.path("direction").asText(), function + ": " + poison);
                    assertBinding(poison, "queue", "poison", "queueName", trigger.path("stream").asText() + "-poison");
                }
                case "change" -> {
                    assertBinding(in, "cosmosDBTrigger", "documents", "containerName", trigger.path("table").asText());
                    assertEquals(trigger.path("cosmosDatabase").asText(), in.path("databaseName").asText(), function);
                    assertEquals(trigger.path("batchSize").asInt(), in.path("maxItemsPerInvocation").asInt(), function);
                    assertEquals(trigger.path("azureConnection").asText(), in.path("connection").asText(), function);
                }
                default -> throw new AssertionError(function + ": trigger " + trigger);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> scriptFileAndEntryPointNameTheGeneratedMethod() throws IOException {
        return manifest().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String function = entry.getKey();
            JsonNode json = read(function);
            // scriptFile is relative to the function's own folder.
            Path script = APP.resolve(function).resolve(json.path("scriptFile").asText()).normalize();
            assertEquals(APP.resolve(JAR), script, function + ": scriptFile");
            assertTrue(Files.isRegularFile(script), function + ": no jar at " + script);

            String generated = entry.getValue().path("entryPoints").path("azure").asText();
            assertEquals(entry.getValue().path("class").asText() + "_AzureFunction", generated, function);
            assertEquals(generated + ".run", json.path("entryPoint").asText(), function + ": entryPoint");
            // Loaded without initialising: only the annotation the host relies on is checked here.
            Class<?> type = Class.forName(generated, false, FunctionJsonIT.class.getClassLoader());
            Method run = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("run")).findFirst().orElseThrow();
            assertEquals(function, run.getAnnotation(FunctionName.class).value(), function + ": @FunctionName");
        }));
    }

    /** The bundle Microsoft's host.json names is the one portablefn's names: it holds every binding used here. */
    @Test
    void bothHostJsonFilesNameTheSameExtensionBundle() throws IOException {
        JsonNode microsoft = JSON.readTree(APP.resolve("host.json").toFile());
        JsonNode portablefn = JSON.readTree(Path.of(required("portablefn.output"), "azure/host.json").toFile());
        assertEquals(microsoft.path("extensionBundle"), portablefn.path("extensionBundle"));
        assertEquals("[4.*, 5.0.0)", microsoft.at("/extensionBundle/version").asText());
    }

    private static void assertBinding(JsonNode in, String type, String name, String field, String value) {
        assertEquals(type, in.path("type").asText(), () -> "type of " + in);
        assertEquals(name, in.path("name").asText(), () -> "name of " + in);
        if (field != null) {
            assertEquals(value, in.path(field).asText(), () -> field + " of " + in);
        }
    }

    /** The functions the processor recorded, by name. */
    private static Map<String, JsonNode> manifest() throws IOException {
        JsonNode root = JSON.readTree(CLASSES.resolve("META-INF/portablefn/functions.json").toFile());
        Map<String, JsonNode> functions = new TreeMap<>();
        root.path("functions").forEach(function -> functions.put(function.path("name").asText(), function));
        return functions;
    }

    /** The names of the folders holding a function.json. */
    private static Set<String> functions(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("function.json")))
                    .map(folder -> folder.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static JsonNode read(String function) {
        try {
            return JSON.readTree(APP.resolve(function).resolve("function.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The jar's name changes with the version; the golden files say ${project.build.finalName}.
    private static JsonNode golden(String function) throws Exception {
        Path path = Path.of(FunctionJsonIT.class.getResource("/azure/" + function + "/function.json").toURI());
        String finalName = JAR.substring(0, JAR.length() - ".jar".length());
        return JSON.readTree(Files.readString(path).replace("${project.build.finalName}", finalName));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " (set by failsafe in samples/events/pom.xml)");
        return value;
    }
}
