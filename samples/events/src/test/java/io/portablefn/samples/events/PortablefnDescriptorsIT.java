package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What portablefn-maven-plugin wrote under target/portablefn for the six event functions,
 * against the golden files in src/test/resources/portablefn, compared as parsed trees (YAML and
 * JSON): the SAM template with its queue, topic, bucket, schedule, DynamoDB table and Kinesis
 * stream; Azure's host.json; the gcloud manifest with its Pub/Sub topics, Eventarc filter and Cloud Scheduler job. Each Azure
 * function.json must be the one Microsoft's azure-functions-maven-plugin writes for the same
 * class (src/test/resources/azure, checked against that plugin by {@link FunctionJsonIT}).
 */
class PortablefnDescriptorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path OUT = Path.of(required("portablefn.output"));
    private static final String JAR = required("portablefn.jar");
    private static final Set<String> FUNCTIONS = Set.of("count-clicks", "nightly-report", "order-audit", "order-changes",
            "place-order",
            "thumbnails");

    @Test
    void samTemplateIsTheGoldenOne() throws IOException {
        assertTree(YAML, "aws/template.yaml");
    }

    @Test
    void hostJsonIsTheGoldenOne() throws IOException {
        assertTree(JSON, "azure/host.json");
    }

    @Test
    void gcloudManifestIsTheGoldenOne() throws IOException {
        assertTree(YAML, "gcp/deploy.yaml");
    }

    @Test
    void azureHasOneFunctionFolderPerFunction() throws IOException {
        try (Stream<Path> folders = Files.list(OUT.resolve("azure"))) {
            assertEquals(new TreeSet<>(FUNCTIONS), folders.filter(f -> Files.isRegularFile(f.resolve("function.json")))
                    .map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"count-clicks", "nightly-report", "order-audit", "order-changes", "place-order",
        "thumbnails"})
    void azureBindingsAreWhatMicrosoftsPluginWrites(String function) throws IOException {
        String microsoft;
        try (InputStream in = PortablefnDescriptorsIT.class.getResourceAsStream("/azure/" + function + "/function.json")) {
            assertNotNull(in, "golden azure/" + function + "/function.json");
            microsoft = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${project.build.finalName}", JAR.substring(0, JAR.length() - ".jar".length()));
        }
        // Same layout as Microsoft's (the jar beside host.json), so scriptFile is compared as is.
        assertEquals(JSON.readTree(microsoft), JSON.readTree(OUT.resolve("azure/" + function + "/function.json").toFile()),
                function + "/function.json");
        assertTrue(Files.isRegularFile(OUT.resolve("azure").resolve(JAR)), "app jar in azure/");
    }

    /** deploy.sh runs what deploy.yaml lists (its commands, spread over lines), for every function. */
    @Test
    void gcloudScriptDeploysEveryFunctionAndCreatesTheSchedule() throws IOException {
        String script = Files.readString(OUT.resolve("gcp/deploy.sh"));
        JsonNode manifest = YAML.readTree(OUT.resolve("gcp/deploy.yaml").toFile());
        for (JsonNode function : manifest.path("functions")) {
            String name = function.path("name").asText();
            assertTrue(script.contains("gcloud functions deploy \\\n  " + name + " \\\n"), "deploys " + name);
            assertTrue(script.contains("--entry-point=" + function.path("entryPoint").asText()), name + " entry point");
        }
        assertEquals(FUNCTIONS, manifest.path("functions").valueStream().map(f -> f.path("name").asText())
                .collect(Collectors.toSet()));
        assertTrue(script.contains("gcloud scheduler jobs \"$job\" pubsub \\\n  nightly-report \\\n  '--schedule=30 2 * * *'"),
                "the Cloud Scheduler job of nightly-report");
    }

    @Test
    void lambdaZipHasEveryHandlerAndNothingOfOtherClouds() throws IOException {
        List<String> names = entries(OUT.resolve("aws/function.zip"));
        for (String type : List.of("PlaceOrder", "OrderAudit", "Thumbnails", "NightlyReport", "OrderChanges",
                "CountClicks")) {
            assertTrue(names.contains("io/portablefn/samples/events/" + type + "_AwsHandler.class"), names::toString);
        }
        assertTrue(names.contains("lib/aws-lambda-java-core-1.4.0.jar"), names::toString);
        assertForeign(names, "azure", "gcp", "Azure", "Gcp", "azure-functions", "functions-framework", "portablefn-local",
                "conformance");
    }

    @Test
    void azureAndGcpArtifactsCarryNothingOfOtherClouds() throws IOException {
        List<String> azure = new ArrayList<>(entries(OUT.resolve("azure").resolve(JAR)));
        try (Stream<Path> lib = Files.list(OUT.resolve("azure/lib"))) {
            lib.forEach(jar -> azure.add("lib/" + jar.getFileName()));
        }
        assertForeign(azure, "aws", "gcp", "Aws", "Gcp", "aws-lambda", "functions-framework", "portablefn-local",
                "conformance");
        Path gcp = OUT.resolve("gcp/function").resolve(JAR);
        List<String> google = new ArrayList<>(entries(gcp));
        try (JarFile jar = new JarFile(gcp.toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            for (String library : classPath.split(" ")) {
                assertTrue(Files.isRegularFile(gcp.resolveSibling(library)), "Class-Path entry " + library);
                google.add(library);
            }
        }
        assertForeign(google, "aws", "azure", "Aws", "Azure", "aws-lambda", "azure-functions", "portablefn-local",
                "conformance");
    }

    private static void assertForeign(List<String> names, String... foreign) {
        for (String name : names) {
            for (String word : foreign) {
                assertTrue(!name.contains(word), name + " belongs to another cloud or to the tests (" + word + ")");
            }
        }
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private static void assertTree(ObjectMapper mapper, String path) throws IOException {
        JsonNode golden = mapper.readTree(golden(path));
        JsonNode written = mapper.readTree(OUT.resolve(path).toFile());
        assertEquals(golden, written, () -> path + " differs from src/test/resources/portablefn/" + path
                + "\nexpected: " + golden.toPrettyString() + "\nwritten:  " + written.toPrettyString());
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = PortablefnDescriptorsIT.class.getResourceAsStream("/portablefn/" + path)) {
            assertNotNull(in, "golden file src/test/resources/portablefn/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " (set by failsafe in samples/events/pom.xml)");
        return value;
    }
}
