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

/**
 * Routes in the descriptors: a greedy template on both AWS APIs (with its parent) and as Azure's
 * catch-all; and the routing conflicts that are build errors naming both functions.
 */
class RoutePackagingTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private static String manifest(String... functions) {
        List<String> entries = new ArrayList<>();
        for (String function : functions) {
            String[] parts = function.split(" ");
            String name = parts[0];
            entries.add("{\"name\": \"" + name + "\", \"class\": \"com.acme.GetOrder\", \"timeoutSeconds\": 5,"
                    + " \"trigger\": {\"type\": \"http\", \"methods\": [\"" + parts[1].replace(",", "\", \"")
                    + "\"], \"path\": \"" + parts[2] + "\"}, \"entryPoints\": {\"aws\": \"com.acme.GetOrder_AwsHandler\","
                    + " \"azure\": \"com.acme.GetOrder_AzureFunction\", \"gcp\": \"com.acme.GetOrder_GcpFunction\"}}");
        }
        return "{\"version\": 1, \"functions\": [" + String.join(",", entries) + "]}";
    }

    private void packageFor(String api, String... functions) throws Exception {
        Map<String, Settings> clouds = api == null ? Map.of() : Map.of("aws", new Settings().api(api));
        new Packager(new SettingsResolver(new Settings(), clouds, List.<FunctionSettings>of()), i -> { }, w -> { })
                .run(Fixtures.project(root, manifest(functions)), root.resolve("out"));
    }

    private JsonNode events(String function) throws Exception {
        return YAML.readTree(root.resolve("out/aws/template.yaml").toFile()).path("Resources")
                .path(AwsWriter.logicalId(function)).path("Properties").path("Events");
    }

    @Test
    void aGreedyTemplateIsRoutedWithItsParentOnTheHttpApi() throws Exception {
        packageFor(null, "files GET,HEAD /files/{rest+}");

        JsonNode events = events("files");
        List<String> names = new ArrayList<>();
        events.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("HttpGet", "HttpGetParent", "HttpHead", "HttpHeadParent"), names);
        assertEquals("/files/{rest+}", events.path("HttpGet").path("Properties").path("Path").asText());
        assertEquals("/files", events.path("HttpGetParent").path("Properties").path("Path").asText());
        assertEquals("GET", events.path("HttpGetParent").path("Properties").path("Method").asText());
    }

    @Test
    void aGreedyTemplateIsAResourceWithItsParentOnTheRestApi() throws Exception {
        packageFor("rest", "all GET /{all+}");

        JsonNode events = events("all");
        assertEquals("/{all+}", events.path("RestGet").path("Properties").path("Path").asText());
        assertEquals("/", events.path("RestGetParent").path("Properties").path("Path").asText());
        assertEquals("RestApi", events.path("RestGetParent").path("Properties").path("RestApiId").path("Ref").asText());
    }

    @Test
    void azureGetsTheCatchAllRoute() throws Exception {
        packageFor(null, "files GET /files/{rest+}", "order GET /orders/{id}");

        assertEquals("files/{*rest}", JSON.readTree(root.resolve("out/azure/files/function.json").toFile())
                .path("bindings").path(0).path("route").asText());
        assertEquals("orders/{id}", JSON.readTree(root.resolve("out/azure/order/function.json").toFile())
                .path("bindings").path(0).path("route").asText());
    }

    @Test
    void twoFunctionsOnOneMethodAndPathAreABuildErrorNamingBoth() {
        PackagingException e = assertThrows(PackagingException.class, () -> packageFor(null,
                "greet GET,POST /greet", "greet-v2 POST /greet", "hello GET /hello"));

        assertEquals(1, e.errors().size(), e.errors().toString());
        ConfigException error = e.errors().get(0);
        assertEquals(ConfigException.Kind.ROUTE, error.kind());
        assertTrue(error.getMessage().startsWith("Functions 'greet' (POST /greet) and 'greet-v2' (POST /greet)"),
                error.getMessage());
    }

    @Test
    void aGreedyTemplateBesideItsParentIsABuildError() {
        PackagingException e = assertThrows(PackagingException.class, () -> packageFor(null,
                "list GET /files", "tree GET /files/{rest+}"));

        assertTrue(e.errors().get(0).getMessage().contains("empty remainder"), e.errors().toString());
    }

    @Test
    void theRestApiTakesOneVariablePerResourceWhateverTheMethods() throws Exception {
        PackagingException e = assertThrows(PackagingException.class, () -> packageFor("rest",
                "read GET /files/{id}", "write PUT /files/{rest+}"));
        assertEquals(1, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).getMessage().contains("one path variable per resource: /files would have two"),
                e.errors().get(0).getMessage());

        packageFor(null, "read GET /files/{id}", "write PUT /files/{rest+}");
        packageFor("rest", "read GET /orders/{id}", "items GET /orders/{id}/items");
    }
}
