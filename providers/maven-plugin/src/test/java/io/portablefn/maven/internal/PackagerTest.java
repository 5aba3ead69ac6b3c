package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.portablefn.maven.FunctionSettings;
import io.portablefn.maven.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packaging a project on disk: contents per cloud, settings levels, and the build errors. */
class PackagerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private List<Path> packageWith(Settings defaults, Map<String, Settings> clouds, List<FunctionSettings> functions)
            throws Exception {
        Packager packager = new Packager(new SettingsResolver(defaults, clouds, functions), info -> { }, warnings::add);
        return packager.run(Fixtures.project(root, Fixtures.MANIFEST), root.resolve("out"));
    }

    private PackagingException failsWith(Settings defaults, Map<String, Settings> clouds, FunctionSettings... functions) {
        return assertThrows(PackagingException.class, () -> packageWith(defaults, clouds, List.of(functions)));
    }

    @Test
    void eachArtifactCarriesOnlyItsOwnCloud() throws Exception {
        packageWith(new Settings(), Map.of(), List.of());
        List<String> zip = entries(root.resolve("out/aws/function.zip"));
        assertTrue(zip.containsAll(List.of("com/acme/GetOrder.class", "com/acme/GetOrder_AwsHandler.class",
                "lib/portablefn-aws-1.0.jar", "lib/aws-lambda-java-core-1.0.jar", "lib/jackson-databind-1.0.jar")), zip::toString);
        assertTrue(zip.stream().noneMatch(n -> n.matches(".*(Azure|Gcp|azure|gcp|local).*")), zip::toString);

        List<String> gcp = entries(root.resolve("out/gcp/function/app-1.0.jar"));
        assertTrue(gcp.contains("com/acme/GetOrder_GcpFunction$1.class"), gcp::toString);
        assertTrue(gcp.stream().noneMatch(n -> n.matches(".*(Azure|Aws).*")), gcp::toString);
        assertEquals(List.of("jackson-databind-1.0.jar", "portablefn-gcp-1.0.jar", "portablefn-runtime-1.0.jar"),
                list(root.resolve("out/gcp/function/libs")));
        assertEquals(List.of("azure-functions-java-library-1.0.jar", "jackson-databind-1.0.jar",
                "portablefn-azure-1.0.jar", "portablefn-runtime-1.0.jar"), list(root.resolve("out/azure/lib")));
    }

    @Test
    void theMostSpecificLevelWinsAndEnvironmentMerges() throws Exception {
        Settings defaults = new Settings().memoryMb(256).environment("STAGE", "prod").environment("COLOUR", "blue");
        FunctionSettings ping = new FunctionSettings("ping");
        ping.memoryMb(1024).auth("public");
        ping.cloud("aws", new Settings().memoryMb(2048).javaVersion(21).environment("COLOUR", "green"));
        packageWith(defaults, Map.of("aws", new Settings().memoryMb(768)), List.of(ping));

        JsonNode resources = YAML.readTree(root.resolve("out/aws/template.yaml").toFile()).path("Resources");
        JsonNode pingAws = resources.path("PingFunction").path("Properties");
        assertEquals(2048, pingAws.path("MemorySize").asInt());
        assertEquals("java21", pingAws.path("Runtime").asText());
        assertEquals(5, pingAws.path("Timeout").asInt(), "the @Function timeout");
        assertEquals(JSON.readTree("{\"COLOUR\":\"green\",\"STAGE\":\"prod\"}"), pingAws.path("Environment").path("Variables"));
        assertEquals("NONE", pingAws.path("Events").path("HttpGet").path("Properties").path("Auth").path("Authorizer").asText());
        JsonNode orderAws = resources.path("GetOrderFunction").path("Properties");
        assertEquals(768, orderAws.path("MemorySize").asInt(), "the <aws> block over <defaults>");
        assertTrue(orderAws.path("Events").path("HttpGet").path("Properties").path("Auth").isMissingNode(), "private");

        JsonNode gcp = YAML.readTree(root.resolve("out/gcp/deploy.yaml").toFile()).path("functions");
        assertEquals("1024Mi", gcp.get(1).path("memory").asText());
        assertTrue(gcp.get(1).path("allowUnauthenticated").asBoolean());
        assertTrue(Files.readString(root.resolve("out/gcp/deploy.sh")).contains("--no-allow-unauthenticated"));
        assertEquals("ANONYMOUS", JSON.readTree(root.resolve("out/azure/ping/function.json").toFile())
                .path("bindings").get(0).path("authLevel").asText());
        assertEquals("FUNCTION", JSON.readTree(root.resolve("out/azure/get-order/function.json").toFile())
                .path("bindings").get(0).path("authLevel").asText());
    }

    @Test
    void everyBrokenLimitIsOneErrorNamingFunctionCloudAndLimit() {
        FunctionSettings ping = new FunctionSettings("ping");
        ping.timeoutSeconds(1000);
        ping.cloud("gcp", new Settings().memoryMb(64));
        PackagingException e = failsWith(new Settings(), Map.of("azure", new Settings().memoryMb(8192)), ping);
        assertEquals(List.of(
                        ConfigException.timeout("ping", Cloud.AWS, 1000, "http").getMessage(),
                        ConfigException.memory("get-order", Cloud.AZURE, 8192).getMessage(),
                        ConfigException.memory("ping", Cloud.AZURE, 8192).getMessage(),
                        ConfigException.timeout("ping", Cloud.AZURE, 1000, "http").getMessage(),
                        ConfigException.memory("ping", Cloud.GCP, 64).getMessage()),
                e.errors().stream().map(Exception::getMessage).toList());
    }

    @Test
    void badSettingsAreErrors() {
        FunctionSettings typo = new FunctionSettings("pong");
        assertEquals(ConfigException.unknownFunction("pong", List.of("get-order", "ping")).getMessage(),
                failsWith(new Settings(), Map.of(), typo).errors().get(0).getMessage());
        assertEquals(ConfigException.auth("get-order", "open").getMessage(),
                failsWith(new Settings().auth("open"), Map.of()).errors().get(0).getMessage());
        assertEquals(ConfigException.Kind.JAVA_VERSION,
                failsWith(new Settings().javaVersion(11), Map.of()).errors().get(0).kind());
        assertEquals(ConfigException.environment("get-order", Cloud.AWS, "AWS_REGION",
                        "Lambda reserves names starting with AWS_, LAMBDA_ or _").getMessage(),
                failsWith(new Settings().environment("AWS_REGION", "x"), Map.of()).errors().get(0).getMessage());
        FunctionSettings java21 = new FunctionSettings("ping");
        java21.javaVersion(21);
        assertEquals(ConfigException.conflict(Cloud.AZURE, "Java version", "get-order", "Java 17", "ping", "Java 21")
                .getMessage(), failsWith(new Settings(), Map.of(), java21).errors().get(0).getMessage());
    }

    @Test
    void namesAndTriggersACloudCannotTakeAreErrors() throws Exception {
        String manifest = Fixtures.MANIFEST.replace("\"ping\"", "\"Ping\"").replace("\"type\": \"http\", \"methods\": [\"GET\"]",
                "\"type\": \"websocket\", \"methods\": [\"GET\"]");
        Packager packager = new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), info -> { }, w -> { });
        PackagingException e = assertThrows(PackagingException.class,
                () -> packager.run(Fixtures.project(root, manifest), root.resolve("out")));
        List<String> messages = e.errors().stream().map(Exception::getMessage).toList();
        assertTrue(messages.contains(ConfigException.name("Ping", Cloud.GCP).getMessage()), messages::toString);
        for (Cloud cloud : Cloud.values()) {
            assertTrue(messages.contains(ConfigException.trigger("Ping", cloud, "websocket", List.of("http", "queue", "topic", "storage", "schedule",
                    "change", "stream")).getMessage()),
                    messages::toString);
        }
        assertTrue(Files.notExists(root.resolve("out")), "nothing is written when a check fails");
    }

    @Test
    void aTimeoutAboveTheHttpApiLimitIsAWarning() throws Exception {
        packageWith(new Settings().timeoutSeconds(60), Map.of(), List.of());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'get-order' on AWS: timeout 60 s")), warnings::toString);
    }

    private static List<String> entries(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).toList();
        }
    }

    private static List<String> list(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
