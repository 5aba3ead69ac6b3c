package io.portablefn.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Microsoft's azure-functions-maven-plugin (package goal, run just before this test) reads the
 * generated {@code Xxx_AzureFunction} classes and writes one {@code <function>/function.json} each.
 * The host routes and binds by those files only, so they must say what the portable triggers say;
 * the golden copies are in src/test/resources/azure/{@literal <function>}/function.json.
 */
class FunctionJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The function app folder and jar name come from the pom (failsafe systemPropertyVariables).
    private static final Path APP = Path.of(required("portablefn.azureApp"));
    private static final String JAR = required("portablefn.jar");

    /** What each portable function of this sample declares, as Azure's plugin writes it. */
    private record Trigger(Class<?> function, List<String> methods, String route) {
    }

    private static final Map<String, Trigger> EXPECTED = Map.of(
            "files", new Trigger(FileTree.class, List.of("GET"), "files/{*rest}"),
            "greet", new Trigger(Greet.class, List.of("POST"), "greet"),
            "hello", new Trigger(Hello.class, List.of("GET"), "hello"));

    @Test
    void thePluginWroteOneFunctionPerPortableFunctionAndEachHasAGoldenFile() throws Exception {
        assertEquals(new TreeSet<>(EXPECTED.keySet()), functions(APP), "functions written in " + APP);
        assertEquals(new TreeSet<>(EXPECTED.keySet()), functions(Path.of(FunctionJsonIT.class.getResource("/azure").toURI())),
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

    @ParameterizedTest
    @ValueSource(strings = {"files", "greet", "hello"})
    void bindingsAreTheHttpTriggerNamedRequestAndTheHttpReturnValue(String function) {
        Trigger expected = EXPECTED.get(function);
        JsonNode bindings = read(function).path("bindings");
        assertEquals(2, bindings.size(), function + ": bindings " + bindings);

        JsonNode in = binding(bindings, "in");
        assertEquals("httpTrigger", in.path("type").asText(), function + ": trigger " + in);
        assertEquals("request", in.path("name").asText(), function + ": trigger " + in);
        assertEquals(expected.methods(), texts(in.path("methods")), function + ": methods " + in);
        assertEquals(expected.route(), in.path("route").asText(), function + ": route " + in);
        assertEquals("FUNCTION", in.path("authLevel").asText(), function + ": authLevel " + in);

        JsonNode out = binding(bindings, "out");
        assertEquals("http", out.path("type").asText(), function + ": output " + out);
        assertEquals("$return", out.path("name").asText(), function + ": output " + out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"files", "greet", "hello"})
    void scriptFileAndEntryPointNameTheGeneratedMethod(String function) throws Exception {
        JsonNode json = read(function);
        // scriptFile is relative to the function's own folder.
        Path script = APP.resolve(function).resolve(json.path("scriptFile").asText()).normalize();
        assertEquals(APP.resolve(JAR), script, function + ": scriptFile");
        assertTrue(Files.isRegularFile(script), function + ": no jar at " + script);

        String entryPoint = json.path("entryPoint").asText();
        String generated = EXPECTED.get(function).function().getName() + "_AzureFunction";
        assertEquals(generated + ".run", entryPoint, function + ": entryPoint");
        // Loaded without initialising: only the annotation the host relies on is checked here.
        Class<?> type = Class.forName(generated, false, FunctionJsonIT.class.getClassLoader());
        Method run = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("run")).findFirst().orElseThrow();
        assertEquals(function, run.getAnnotation(FunctionName.class).value(), function + ": @FunctionName of " + entryPoint);
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
    private static JsonNode golden(String function) throws IOException, URISyntaxException {
        Path path = Path.of(FunctionJsonIT.class.getResource("/azure/" + function + "/function.json").toURI());
        String finalName = JAR.substring(0, JAR.length() - ".jar".length());
        return JSON.readTree(Files.readString(path).replace("${project.build.finalName}", finalName));
    }

    private static JsonNode binding(JsonNode bindings, String direction) {
        for (JsonNode binding : bindings) {
            if (binding.path("direction").asText().equals(direction)) {
                return binding;
            }
        }
        throw new AssertionError("no \"" + direction + "\" binding in " + bindings);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " (set by failsafe in samples/hello/pom.xml)");
        return value;
    }
}
