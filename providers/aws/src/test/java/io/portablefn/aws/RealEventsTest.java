package io.portablefn.aws;

import io.portablefn.testkit.ProviderEvents;
import static io.portablefn.aws.EventShape.ALB;
import static io.portablefn.aws.EventShape.ALB_MULTI_VALUE;
import static io.portablefn.aws.EventShape.FUNCTION_URL;
import static io.portablefn.aws.EventShape.HTTP_API_V1;
import static io.portablefn.aws.EventShape.HTTP_API_V2;
import static io.portablefn.aws.EventShape.REST_V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Decodes every AWS HTTP sample event of the shared provider-events folder (events from AWS's
 * and others' public test suites, not written here) and checks it against what the file holds,
 * written out by hand below. A new HTTP sample without a row fails the test.
 */
class RealEventsTest {

    private static final String CRLF_BODY = "{\r\n\t\"a\": 1\r\n}";

    /** What each file holds; queryKey with no values means the key is absent; null header value: absent. */
    record Expected(String file, EventShape shape, String method, String path, String queryKey,
            List<String> queryValues, String header, String headerValue, String cookie, String body,
            String requestId) {
    }

    private static final List<Expected> TABLE = List.of(
            new Expected("alb-encoded-query-rust.json", ALB, "GET", "/", "myKey", List.of("?showAll=true"),
                    "x-forwarded-port", "443", "cookies", "request_body", "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520"),
            new Expected("alb-headers-only-go.json", ALB, "GET", "/", "key", List.of("hello"),
                    "x-myheader", "123", null, "", "Root=1-5c34e93e-4dea0086f9763ac0667b115a"),
            new Expected("alb-health-check-rust.json", ALB, "GET", "/", "key", List.of(),
                    "user-agent", "ELB-HealthChecker/2.0", null, "", ""),
            new Expected("alb-java-libs.json", ALB, "GET", "/", "key", List.of(),
                    "accept-encoding", "gzip", "name=value", "Hello from ELB",
                    "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520"),
            new Expected("alb-multivalue-encoded-query-two-cookies-rust.json", ALB_MULTI_VALUE, "GET", "/", "myKey",
                    List.of("?showAll=true", "?showAll=false"), "content-type", "text/plain",
                    "name1=value1; name2=value2", "request_body", "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520"),
            new Expected("alb-multivalue-headers-go.json", ALB_MULTI_VALUE, "GET", "/", "key", List.of("hello"),
                    "x-myheader", "123", null, "", "Root=1-5c34e7d4-00ca239424b68028d4c56d68"),
            new Expected("alb-multivalue-repeated-query-powertools.json", ALB_MULTI_VALUE, "GET", "/todos",
                    "parameter1", List.of("value1", "value2"), "header2", "value1,value2", null, "",
                    "Root=1-62fa9327-21cdd4da4c6db451490a5fb7"),
            new Expected("apigw-v1-console-test-nulls-rust.json", REST_V1, "POST", "/myPath", "a", List.of(),
                    "accept", null, null, CRLF_BODY, "e5488776-afe4-4e5e-92b1-37bd23f234d6"),
            // These two carry version "1.0", stage $default and a null resourceId: the HTTP API
            // payload 1.0 example of the API Gateway guide, whatever their file names say.
            new Expected("apigw-v1-multivalue-java-libs.json", HTTP_API_V1, "GET", "/my/path", "parameter2",
                    List.of("value1", "value2"), "header3", "value1,value2", null, "Hello from Lambda!", "id="),
            new Expected("apigw-v1-multivalue-origin-powertools.json", HTTP_API_V1, "GET", "/my/path", "parameter1",
                    List.of("value1", "value2"), "origin", "https://aws.amazon.com", null, "Hello from Lambda!", "id="),
            new Expected("apigw-v1-proxy-empty-body-java-libs.json", REST_V1, "POST", "/path/to/resource", "foo",
                    List.of("bar"), "x-forwarded-for", "127.0.0.1, 127.0.0.2", null, "",
                    "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
            new Expected("apigw-v1-proxy-go.json", REST_V1, "POST", "/hello/world", "name", List.of("me"),
                    "headername", "headerValue", null, CRLF_BODY, "deef4878-7910-11e6-8f14-25afc3e9ae33"),
            new Expected("apigw-v1-proxy-post-java-libs.json", REST_V1, "POST", "/path/to/resource", "foo",
                    List.of("bar"), "user-agent", "Custom User Agent String", null,
                    "{\"message\": \"Lambda rocks\"}", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
            new Expected("apigw-v1-repeated-header-rust.json", REST_V1, "POST", "/hello/world", "name",
                    List.of("me", "me2"), "headername", "headerValue,headerValue2", null, CRLF_BODY,
                    "deef4878-7910-11e6-8f14-25afc3e9ae33"),
            new Expected("apigw-v2-iam-go.json", HTTP_API_V2, "GET", "/my/path", "parameter1",
                    List.of("value1", "value2"), "header2", "value2", "cookie1; cookie2", CRLF_BODY, "id"),
            new Expected("apigw-v2-jwt-java-libs.json", HTTP_API_V2, "POST", "/my/path", "parameter1",
                    List.of("value1", "value2"), "header2", "value1,value2", "cookie1; cookie2",
                    "Hello from Lambda!!", "id"),
            new Expected("apigw-v2-lambda-authorizer-repeated-query-rust.json", HTTP_API_V2, "GET", "/my/path",
                    "Parameter1", List.of("value1", "value2"), "header2", "value1,value2", "cookie1; cookie2",
                    CRLF_BODY, "id"),
            new Expected("apigw-v2-minimal-get-rust.json", HTTP_API_V2, "GET", "/", "a", List.of(),
                    "user-agent", "curl/7.64.1", null, "", "MIZRNhJtIAMEMDw="),
            new Expected("apigw-v2-no-authorizer-go.json", HTTP_API_V2, "GET", "/", "a", List.of(),
                    "x-forwarded-for", "1.2.3.4", null, "", "LV7fzho-PHcEJPw="),
            new Expected("apigw-v2-path-with-space-rust.json", HTTP_API_V2, "POST", "/my/path-with space",
                    "parameter2", List.of("value"), "header1", "value1", "cookie1=value1; cookie2=value2",
                    "Hello from Lambda", "id"),
            new Expected("apigw-v2-sam-local-rust.json", HTTP_API_V2, "GET", "/hello", "a", List.of(),
                    "host", "127.0.0.1:3000", null, "", "1ac06eee-f687-44ec-9036-dfd49d0be0a3"),
            // Its queryStringParameters disagree with its empty rawQueryString; the raw query wins.
            new Expected("function-url-browser-headers-powertools.json", FUNCTION_URL, "GET", "/", "parameter1",
                    List.of(), "sec-ch-ua-platform", "\"Linux\"", null, "", "id"),
            new Expected("function-url-get-no-body-captured-go.json", FUNCTION_URL, "GET", "/", "a", List.of(),
                    "content-type", "application/json", null, "", "deeb7e49-a9a8-4a8f-bcd1-5482231e2087"),
            new Expected("function-url-iam-go.json", FUNCTION_URL, "POST", "/my/path", "parameter1",
                    List.of("value1", "value2"), "header2", "value1,value2", "cookie1; cookie2",
                    "Hello from client!", "id"),
            new Expected("function-url-post-base64-body-captured-go.json", FUNCTION_URL, "POST", "/", "a",
                    List.of(), "content-type", "idk", null, "<idk/>", "9701a3d4-36ad-40bd-bf0b-a525c987d27f"),
            new Expected("function-url-post-cookies-text-body-captured-go.json", FUNCTION_URL, "POST", "/hello",
                    "hello", List.of("world"), "header2", "h1,h2", "foo=bar; hello=hello",
                    "{\"hello\": \"world\"}", "5bbd0e3e-fe7a-4299-9076-32d4de45391b"));

    /** Samples that must be refused with a 400, with why. */
    private static final Map<String, String> NEGATIVE = Map.of(
            "apigw-v1-no-version-base64-flag-powertools.json", "isBase64Encoded true, body not base64");

    private static final Map<String, Expected> BY_FILE =
            TABLE.stream().collect(Collectors.toMap(Expected::file, Function.identity()));

    @TestFactory
    Stream<DynamicTest> everyHttpSampleDecodesToWhatItHolds() throws IOException {
        Path folder = awsEvents();
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : httpSamples(folder)) {
            if (NEGATIVE.containsKey(file)) {
                tests.add(DynamicTest.dynamicTest(file, () -> assertRefused(folder.resolve(file))));
            } else {
                tests.add(DynamicTest.dynamicTest(file, () -> assertDecodes(folder.resolve(file))));
            }
        }
        return tests.stream();
    }

    @Test
    void everyHttpSampleHasARowAndEveryRowItsSample() throws IOException {
        Path folder = awsEvents();
        Set<String> samples = httpSamples(folder);
        Set<String> missing = new TreeSet<>(samples);
        missing.removeAll(BY_FILE.keySet());
        missing.removeAll(NEGATIVE.keySet());
        assertEquals(Set.of(), missing, "HTTP samples in " + folder + " without an expectation in "
                + getClass().getSimpleName() + "; add a row to TABLE (or NEGATIVE) for each");
        Set<String> stale = new TreeSet<>(BY_FILE.keySet());
        stale.addAll(NEGATIVE.keySet());
        stale.removeAll(samples);
        assertEquals(Set.of(), stale, "rows whose sample file is gone from " + folder);
    }

    private static void assertDecodes(Path file) throws IOException {
        Expected expected = BY_FILE.get(file.getFileName().toString());
        String json = Files.readString(file);
        assertEquals(expected.shape(), Events.shape(json), "shape");
        HttpRequest request = Events.decode(json);
        assertEquals(expected.method(), request.method(), "method");
        assertEquals(expected.path(), request.path(), "path");
        assertEquals(expected.queryValues(), request.query().all(expected.queryKey()), "query " + expected.queryKey());
        assertEquals(expected.headerValue(), request.headers().get(expected.header()).orElse(null),
                "header " + expected.header());
        assertEquals(expected.cookie(), request.headers().get("cookie").orElse(null), "cookie");
        assertEquals(expected.body(), request.bodyAsString(), "body");
        assertEquals(expected.requestId(), request.requestId(), "requestId");

        // And the whole adapter answers it in the same shape, without throwing.
        AwsHttpAdapter adapter = new AwsHttpAdapter(Events.answering("/", HttpResponse.ok().text("ok")));
        JsonNode answer = Events.run(adapter, Files.readAllBytes(file), new FakeLambdaContext("r", "test", Duration.ofMillis(3000), FakeLambdaContext.DISCARD));
        int expectedStatus = expected.path().equals("/") ? 200 : 404;
        assertEquals(expectedStatus, answer.get("statusCode").asInt(), "status");
        assertEquals(expected.shape().multiValueResponse(), answer.has("multiValueHeaders"), "response shape");
    }

    private static void assertRefused(Path file) throws IOException {
        EventShape shape = Events.shape(Files.readString(file));
        AwsHttpAdapter adapter = new AwsHttpAdapter(Events.answering("/my/path", HttpResponse.ok().text("ok")));
        JsonNode answer = Events.run(adapter, Files.readAllBytes(file), null);
        assertEquals(400, answer.get("statusCode").asInt(), NEGATIVE.get(file.getFileName().toString()));
        assertTrue(answer.get("body").asText().contains("base64"), answer.toString());
        assertEquals(shape.multiValueResponse(), answer.has("multiValueHeaders"));
    }

    private static Set<String> httpSamples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("apigw-") || name.startsWith("alb-")
                            || name.startsWith("function-url-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The aws folder of the shared provider events; the test is skipped where it is absent. */
    static Path awsEvents() {
        Optional<Path> folder = ProviderEvents.folder("aws");
        assumeTrue(folder.isPresent(), "provider events not found (looked in " + ProviderEvents.candidates() + ")");
        return folder.get();
    }
}
