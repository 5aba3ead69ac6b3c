package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAM template against the published CloudFormation/SAM resource specification
 * ({@code @aws-cdk/cfnspec} from npm, fetched and checked by sha256 in the pom), with a public and
 * a private function, several methods and environment variables, so every property we write is
 * covered; and proof that the check catches a wrong property, a wrong shape and a missing one.
 */
class SamSpecificationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static SamSpecification spec;

    @BeforeAll
    static void loadSpecification() throws Exception {
        String path = System.getProperty("portablefn.cfnspec", "target/cfnspec/package/spec/specification.json");
        assumeTrue(Files.isRegularFile(Path.of(path)), "no CloudFormation specification at " + path);
        spec = new SamSpecification(new ObjectMapper().readTree(Path.of(path).toFile()));
    }

    private static JsonNode template(Path root) throws Exception {
        FunctionSettings ping = new FunctionSettings("ping");
        ping.auth("public").environment("GREETING", "Hello, \"you\"");
        new Packager(new SettingsResolver(new Settings().environment("STAGE", "prod"), Map.of(), List.of(ping)),
                i -> { }, w -> { }).run(Fixtures.project(root, Fixtures.MANIFEST), root.resolve("out"));
        return YAML.readTree(root.resolve("out/aws/template.yaml").toFile());
    }

    @Test
    void theTemplateFollowsTheSpecification(@TempDir Path root) throws Exception {
        JsonNode template = template(root);
        assertEquals(List.of(), spec.problems(template));
        assertEquals(3, template.path("Resources").size(), "the API and two functions");
    }

    @Test
    void theCheckCatchesWhatSamWouldReject(@TempDir Path root) throws Exception {
        JsonNode template = template(root);
        ObjectNode properties = (ObjectNode) template.path("Resources").path("PingFunction").path("Properties");
        properties.set("Memory", properties.remove("MemorySize"));
        properties.put("Timeout", "five");
        ObjectNode event = (ObjectNode) properties.path("Events").path("HttpGet").path("Properties");
        event.putArray("Auth").add("NONE");
        ((ObjectNode) properties.path("Environment")).remove("Variables");
        List<String> problems = spec.problems(template);
        assertEquals(4, problems.size(), problems::toString);
        for (String expected : List.of("PingFunction.Memory: no such property", "PingFunction.Timeout: expected Integer",
                "PingFunction.Events.HttpGet.Properties.Auth: expected an object",
                "PingFunction.Environment: required property Variables")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + problems);
        }
    }
}
