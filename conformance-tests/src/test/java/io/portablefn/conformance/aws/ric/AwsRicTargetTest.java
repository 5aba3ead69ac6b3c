package io.portablefn.conformance.aws.ric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.aws.AwsRicTarget;
import io.portablefn.conformance.aws.AwsTargets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Lambda Java runtime (one JVM for {@link RicProbe}) answers as the in-process
 * aws-http-api-v2 target does, gives the function Lambda's deadline, and fails clearly when the
 * handler cannot start.
 */
class AwsRicTargetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AwsRicTarget ric;
    private static Target inProcess;

    @BeforeAll
    static void start() {
        ric = new AwsRicTarget();
        inProcess = AwsTargets.httpApiV2();
    }

    @AfterAll
    static void stop() throws Exception {
        ric.close();
        inProcess.close();
    }

    static Stream<WireRequest> requests() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        return Stream.of(
                WireRequest.of("GET", "/ric-probe/a%20b?x=1&x=2&y=a+b",
                        List.of(Map.entry("X-T", "one"), Map.entry("x-t", "two"), Map.entry("Cookie", "a=1; b=2")),
                        new byte[0]),
                WireRequest.of("POST", "/ric-probe/bin", List.of(Map.entry("Content-Type", "application/octet-stream")),
                        binary),
                WireRequest.get("/ric-probe/taken?mode=declared"),
                WireRequest.get("/ric-probe/bug?mode=bug"),
                WireRequest.get("/ric-probe"));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void answersLikeTheInProcessTarget(WireRequest request) throws Exception {
        WireResponse expected = inProcess.send(RicProbe.class, request);
        WireResponse actual = ric.send(RicProbe.class, request);
        String log = ric.log(RicProbe.class);
        assertEquals(expected.status(), actual.status(), log);
        assertEquals(expected.headers(), actual.headers(), log);
        assertEquals(expected.cookies(), actual.cookies(), log);
        if ("application/problem+json".equals(expected.header("content-type"))) {
            assertEquals(withoutInstance(expected.body()), withoutInstance(actual.body()));
        } else {
            assertArrayEquals(expected.body(), actual.body(), () -> new String(actual.body(), StandardCharsets.UTF_8));
        }
    }

    // A problem's instance names the invocation: a fixed id in process, the runtime's request id here.
    private static JsonNode withoutInstance(byte[] problem) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(problem);
        if (tree.path("instance").asText().startsWith("urn:portablefn:invocation:")) {
            tree.put("instance", "urn:portablefn:invocation:*");
        }
        return tree;
    }

    @Test
    void aBugIsAProblemWithoutItsMessage() throws Exception {
        WireResponse response = ric.send(RicProbe.class, WireRequest.get("/ric-probe/bug?mode=bug"));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(500, response.status());
        assertEquals("application/problem+json", response.header("content-type"));
        assertFalse(body.contains(RicProbe.SECRET) || body.contains("IllegalStateException") || body.contains("\tat "),
                body);
    }

    @Test
    void theContextDeadlineIsTheRuntimeApiDeadline() throws Exception {
        long before = System.currentTimeMillis();
        WireResponse response = ric.send(RicProbe.class, WireRequest.get("/ric-probe/t?mode=deadline"));
        long after = System.currentTimeMillis();
        JsonNode times = JSON.readTree(response.body());
        long deadline = times.get("deadline").asLong();
        // RicProbe's timeout is 7 s; the deadline goes through the RIC as remaining milliseconds.
        assertTrue(deadline >= before + 7_000 - 5 && deadline <= after + 7_000 + 5,
                "deadline " + deadline + " not 7 s after the request (" + before + ".." + after + ")");
        long remaining = times.get("remaining").asLong();
        assertTrue(remaining > 0 && remaining <= 7_000, "remaining " + remaining);
        // The invocation id is the Runtime API's Lambda-Runtime-Aws-Request-Id: a fresh UUID each time.
        assertTrue(times.get("invocationId").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
                times.toString());
    }

    @Test
    void theRuntimeTraceHeaderReachesTheFunctionThroughTheRealRuntimeClient() throws Exception {
        // An HTTP API event whose front door added only its own Root: Lambda's trace header is the carrier.
        String event = "{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"/ric-probe/t\","
                + "\"rawQueryString\":\"mode=trace\",\"headers\":{\"x-amzn-trace-id\":\"Root=1-5759e988-bd862e3fe1be46a994272793\"},"
                + "\"requestContext\":{\"requestId\":\"r\",\"stage\":\"$default\",\"http\":{\"method\":\"GET\","
                + "\"path\":\"/ric-probe/t\"}},\"isBase64Encoded\":false}";
        try (RicProcess runtime = RicProcess.start(RicProbe.class.getName() + "_AwsHandler::handleRequest", "ric-probe",
                128)) {
            InvocationResult result = runtime.invoke(event.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10),
                    "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
            assertFalse(result.error(), result::toString);
            assertEquals("00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01",
                    JSON.readTree(result.text()).path("body").asText(), result::toString);
        }
    }

    @Test
    void anInitErrorFailsTheStartWithTheLog() {
        RicProcess.StartFailure failure = assertThrows(RicProcess.StartFailure.class,
                () -> RicProcess.start(BrokenInit.class.getName() + "::handleRequest", "broken", 128).close());
        assertNotNull(failure.initError(), failure.getMessage());
        assertEquals("Runtime.BadFunctionCode", failure.initError().errorType());
        assertTrue(failure.initError().payload().contains("java.lang.ExceptionInInitializerError"), failure.getMessage());
        // The cause is only in the runtime's log, which the failure carries.
        assertTrue(failure.getMessage().contains("BrokenInit fails on purpose"), failure.getMessage());
    }

    // The real runtime does not report a missing handler class at init: it fails each invocation.
    @Test
    void aMissingHandlerClassFailsEachInvocation() throws Exception {
        try (RicProcess runtime = RicProcess.start("io.portablefn.nope.Missing::handleRequest", "missing", 128)) {
            InvocationResult result = runtime.invoke("{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
            assertTrue(result.error(), result::toString);
            assertTrue(result.text().contains("io.portablefn.nope.Missing"), result::toString);
        }
    }
}
