package io.portablefn.samples.hello;

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
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What portablefn-maven-plugin wrote under target/portablefn for this sample, against the golden
 * files in src/test/resources/portablefn, compared as parsed trees (YAML and JSON). The Azure
 * function.json files are compared with the ones Microsoft's azure-functions-maven-plugin writes
 * (src/test/resources/azure, checked by FunctionJsonIT): the host must read the same bindings.
 */
class PortablefnDescriptorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path OUT = Path.of(required("portablefn.output"));
    private static final String JAR = required("portablefn.jar");

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
    void gcloudScriptIsTheGoldenOne() throws IOException {
        assertEquals(golden("gcp/deploy.sh").strip(), Files.readString(OUT.resolve("gcp/deploy.sh")).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"files", "greet", "hello"})
    void azureBindingsAreWhatMicrosoftsPluginWrites(String function) throws IOException {
        String microsoft;
        try (InputStream in = PortablefnDescriptorsIT.class.getResourceAsStream("/azure/" + function + "/function.json")) {
            assertNotNull(in, "golden azure/" + function + "/function.json");
            microsoft = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${project.build.finalName}", JAR.substring(0, JAR.length() - ".jar".length()));
        }
        // Same layout as Microsoft's (the jar beside host.json), so scriptFile is compared as is.
        assertEquals(JSON.readTree(microsoft), JSON.readTree(OUT.resolve("azure/" + function + "/function.json").toFile()));
        assertTrue(Files.isRegularFile(OUT.resolve("azure").resolve(JAR)), "app jar in azure/");
    }

    @Test
    void lambdaZipHasClassesAtTheRootJarsInLibAndNothingOfOtherClouds() throws IOException {
        List<String> names = entries(OUT.resolve("aws/function.zip"));
        assertTrue(names.contains("io/portablefn/samples/hello/Greet_AwsHandler.class"), names::toString);
        assertTrue(names.contains("lib/aws-lambda-java-core-1.4.0.jar"), names::toString);
        assertForeign(names, "azure", "gcp", "Azure", "Gcp", "azure-functions", "functions-framework", "portablefn-local");
    }

    @Test
    void azureAndGcpArtifactsCarryNothingOfOtherClouds() throws IOException {
        List<String> azure = new ArrayList<>(entries(OUT.resolve("azure").resolve(JAR)));
        try (var lib = Files.list(OUT.resolve("azure/lib"))) {
            lib.forEach(jar -> azure.add("lib/" + jar.getFileName()));
        }
        assertForeign(azure, "aws", "gcp", "Aws", "Gcp", "aws-lambda", "functions-framework", "portablefn-local");
        Path gcp = OUT.resolve("gcp/function").resolve(JAR);
        List<String> google = new ArrayList<>(entries(gcp));
        try (JarFile jar = new JarFile(gcp.toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            for (String library : classPath.split(" ")) {
                assertTrue(Files.isRegularFile(gcp.resolveSibling(library)), "Class-Path entry " + library);
                google.add(library);
            }
        }
        assertForeign(google, "aws", "azure", "Aws", "Azure", "aws-lambda", "azure-functions", "portablefn-local");
    }

    private static void assertForeign(List<String> names, String... foreign) {
        for (String name : names) {
            for (String word : foreign) {
                assertTrue(!name.contains(word), name + " belongs to another cloud (" + word + ")");
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
        assertNotNull(value, "system property " + property + " (set by failsafe in samples/hello/pom.xml)");
        return value;
    }
}
