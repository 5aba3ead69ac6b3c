package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP functions on AWS behind an API Gateway REST API ({@code <api>rest</api>}) or the default
 * HTTP API, each mapping auth private/public to its own options, and every Lambda function named
 * {@code <stack name>-<function>}.
 */
class AwsApiPackagingTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    private JsonNode template(Settings defaults, Map<String, Settings> clouds, FunctionSettings... functions)
            throws Exception {
        new Packager(new SettingsResolver(defaults, clouds, List.of(functions)), infos::add, warnings::add)
                .run(Fixtures.project(root, Fixtures.MANIFEST), root.resolve("out"));
        return YAML.readTree(root.resolve("out/aws/template.yaml").toFile());
    }

    private PackagingException failsWith(Settings defaults, Map<String, Settings> clouds, FunctionSettings... functions) {
        return assertThrows(PackagingException.class, () -> template(defaults, clouds, functions));
    }

    private static FunctionSettings publicPing() {
        FunctionSettings ping = new FunctionSettings("ping");
        ping.auth("public");
        return ping;
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void restFunctionsAreRoutesOfOneRegionalRestApiRequiringIamUnlessPublic() throws Exception {
        JsonNode template = template(new Settings(), Map.of("aws", new Settings().api("rest")), publicPing());
        JsonNode resources = template.path("Resources");

        assertEquals(json("""
                {"Type": "AWS::Serverless::Api", "Properties": {"StageName": "api",
                 "EndpointConfiguration": {"Type": "REGIONAL"}, "BinaryMediaTypes": ["*~1*"],
                 "Auth": {"DefaultAuthorizer": "AWS_IAM", "InvokeRole": "NONE"}}}"""), resources.path("RestApi"));
        assertEquals(json("""
                {"RestGet": {"Type": "Api", "Properties": {"RestApiId": {"Ref": "RestApi"}, "Path": "/orders/{id}",
                             "Method": "GET"}},
                 "RestHead": {"Type": "Api", "Properties": {"RestApiId": {"Ref": "RestApi"}, "Path": "/orders/{id}",
                              "Method": "HEAD"}}}"""),
                resources.path("GetOrderFunction").path("Properties").path("Events"), "private: the API's IAM default");
        assertEquals(json("""
                {"RestGet": {"Type": "Api", "Properties": {"RestApiId": {"Ref": "RestApi"}, "Path": "/ping",
                             "Method": "GET", "Auth": {"Authorizer": "NONE"}}}}"""),
                resources.path("PingFunction").path("Properties").path("Events"), "public");
        assertTrue(resources.path(AwsApis.HTTP_API).isMissingNode());
        assertEquals(json("""
                {"RestApiUrl": {"Description": "The base URL of the REST API functions' paths",
                 "Value": {"Fn::Sub": "https://${RestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/api/"}}}"""),
                template.path("Outputs"));
    }

    @Test
    void oneFunctionMayTakeTheRestApiWhileTheOthersKeepTheHttpApi() throws Exception {
        FunctionSettings ping = publicPing();
        ping.cloud("aws", new Settings().api("REST"));
        JsonNode template = template(new Settings(), Map.of(), ping);
        JsonNode resources = template.path("Resources");

        assertEquals("AWS::Serverless::HttpApi", resources.path(AwsApis.HTTP_API).path("Type").asText());
        assertEquals("AWS::Serverless::Api", resources.path(AwsApis.REST_API).path("Type").asText());
        assertEquals(json("""
                {"Type": "HttpApi", "Properties": {"ApiId": {"Ref": "HttpApi"}, "Path": "/orders/{id}", "Method": "GET",
                 "PayloadFormatVersion": "2.0"}}"""),
                resources.path("GetOrderFunction").path("Properties").path("Events").path("HttpGet"));
        assertEquals("Api", resources.path("PingFunction").path("Properties").path("Events").path("RestGet")
                .path("Type").asText());
        List<String> outputs = new ArrayList<>();
        template.path("Outputs").fieldNames().forEachRemaining(outputs::add);
        assertEquals(List.of("ApiUrl", "RestApiUrl"), outputs);
    }

    @Test
    void bothApisFollowTheSpecification() throws Exception {
        String path = System.getProperty("portablefn.cfnspec", "target/cfnspec/package/spec/specification.json");
        assumeTrue(Files.isRegularFile(Path.of(path)), "no CloudFormation specification at " + path);
        SamSpecification spec = new SamSpecification(JSON.readTree(Path.of(path).toFile()));
        FunctionSettings ping = publicPing();
        ping.cloud("aws", new Settings().api("rest"));
        JsonNode template = template(new Settings(), Map.of(), ping);
        assertEquals(List.of(), spec.problems(template));

        ObjectNode rest = (ObjectNode) template.path("Resources").path("PingFunction").path("Properties")
                .path("Events").path("RestGet").path("Properties");
        rest.set("ApiId", rest.remove("RestApiId"));
        rest.remove("Path");
        ((ObjectNode) template.path("Resources").path("RestApi").path("Properties")).remove("StageName");
        List<String> problems = spec.problems(template);
        assertEquals(3, problems.size(), problems::toString);
        for (String expected : List.of("PingFunction.Events.RestGet.Properties.ApiId: no such property",
                "PingFunction.Events.RestGet.Properties: required property Path",
                "RestApi: required property StageName")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + problems);
        }
    }

    @Test
    void aTimeoutAboveTheRestApiLimitIsAWarning() throws Exception {
        FunctionSettings ping = new FunctionSettings("ping");
        ping.timeoutSeconds(30);
        FunctionSettings order = new FunctionSettings("get-order");
        order.timeoutSeconds(29);
        template(new Settings().api("rest"), Map.of(), ping, order);

        assertEquals(List.of("Function 'ping' on AWS: timeout 30 s, but the REST API answers 504 after 29 s while the"
                + " function keeps running"), warnings);
    }

    @Test
    void apiTakesHttpOrRestAndIsAnAwsSetting() {
        assertEquals(List.of(ConfigException.api("get-order", "graphql").getMessage(),
                        ConfigException.api("ping", "graphql").getMessage()),
                messages(failsWith(new Settings().api("graphql"), Map.of())));

        FunctionSettings ping = new FunctionSettings("ping");
        ping.cloud("azure", new Settings().api("rest"));
        Map<String, Settings> clouds = new HashMap<>();
        clouds.put("gcp", new Settings().api("http"));
        PackagingException e = failsWith(new Settings(), clouds, ping);
        assertEquals(List.of(ConfigException.apiElsewhere("ping", Cloud.AZURE).getMessage(),
                        ConfigException.apiElsewhere("get-order", Cloud.GCP).getMessage(),
                        ConfigException.apiElsewhere("ping", Cloud.GCP).getMessage()), messages(e));
        assertEquals(ConfigException.Kind.API, e.errors().get(0).kind());
    }

    @Test
    void apiInTheDefaultsOrAFunctionsEntryLeavesTheOtherCloudsAlone() throws Exception {
        FunctionSettings ping = new FunctionSettings("ping");
        ping.api("rest");
        template(new Settings().api("rest"), Map.of(), ping);

        assertTrue(Files.readString(root.resolve("out/gcp/deploy.sh")).contains("--trigger-http"));
        assertEquals("httpTrigger", JSON.readTree(root.resolve("out/azure/ping/function.json").toFile())
                .path("bindings").get(0).path("type").asText());
    }

    @Test
    void eachLambdaFunctionIsNamedAfterTheStackAndTheFunction() throws Exception {
        JsonNode resources = template(new Settings(), Map.of()).path("Resources");

        assertEquals(json("{\"Fn::Sub\": \"${AWS::StackName}-get-order\"}"),
                resources.path("GetOrderFunction").path("Properties").path("FunctionName"));
        assertEquals(json("{\"Fn::Sub\": \"${AWS::StackName}-ping\"}"),
                resources.path("PingFunction").path("Properties").path("FunctionName"));
        assertTrue(infos.contains("AWS Lambda function names are <stack name>-<function name>, at most 64 characters:"
                + " with these functions, use a stack name of at most 54 characters"), infos::toString);
    }

    @Test
    void aNameThatLeavesNoRoomForTheStackNameIsABuildError() throws Exception {
        String longest = "a".repeat(62);
        String tooLong = "b".repeat(63);
        String manifest = Fixtures.MANIFEST.replace("\"get-order\"", "\"" + longest + "\"")
                .replace("\"ping\"", "\"" + tooLong + "\"");
        Packager packager = new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), infos::add,
                warnings::add);
        PackagingException e = assertThrows(PackagingException.class,
                () -> packager.run(Fixtures.project(root, manifest), root.resolve("out")));

        List<String> messages = messages(e);
        assertTrue(messages.contains(ConfigException.name(tooLong, Cloud.AWS).getMessage()), messages::toString);
        assertFalse(messages.stream().anyMatch(m -> m.contains(longest) && m.contains("AWS")), messages::toString);
        assertTrue(ConfigException.name(tooLong, Cloud.AWS).getMessage().contains("<stack name>-<name>"));
    }

    private static List<String> messages(PackagingException e) {
        return e.errors().stream().map(Exception::getMessage).toList();
    }
}
