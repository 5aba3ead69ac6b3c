package io.portablefn.conformance.aws.ric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulated Runtime API, driven over HTTP as a runtime drives it; no runtime process. */
class RuntimeApiEmulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RuntimeApiEmulator api;

    @BeforeEach
    void start() throws Exception {
        api = new RuntimeApiEmulator("probe");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void nextWaitsForAnEventAndCarriesItsHeaders() throws Exception {
        CompletableFuture<HttpResponse<String>> next = client.sendAsync(get("invocation/next"),
                HttpResponse.BodyHandlers.ofString());
        api.firstPoll().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertFalse(next.isDone(), "next answered before any event was queued");
        long before = System.currentTimeMillis();
        CompletableFuture<InvocationResult> result = api.invoke(bytes("{\"n\":1}"), Duration.ofSeconds(7));
        HttpResponse<String> event = next.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertEquals(200, event.statusCode());
        assertEquals("{\"n\":1}", event.body());
        String requestId = event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        long deadline = Long.parseLong(event.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
        assertTrue(deadline >= before + 7_000 && deadline <= System.currentTimeMillis() + 7_000, "deadline " + deadline);
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:probe",
                event.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
        assertTrue(event.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow().startsWith("Root=1-"));

        assertEquals(202, post("invocation/" + requestId + "/response", "{\"ok\":true}", null).statusCode());
        InvocationResult done = result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertFalse(done.error());
        assertEquals(requestId, done.requestId());
        assertEquals("{\"ok\":true}", done.text());
        assertEquals(400, post("invocation/" + requestId + "/response", "{}", null).statusCode(),
                "a second answer for the same request");
    }

    @Test
    void anInvocationErrorKeepsTheRuntimesErrorType() throws Exception {
        CompletableFuture<InvocationResult> result = api.invoke(bytes("{}"), Duration.ofSeconds(7));
        String requestId = client.send(get("invocation/next"), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        String document = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}";
        assertEquals(202, post("invocation/" + requestId + "/error", document, "java.lang.IllegalStateException")
                .statusCode());
        InvocationResult done = result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(done.error());
        assertEquals("java.lang.IllegalStateException", done.errorType());
        assertEquals(document, done.text());
    }

    @Test
    void answersForUnknownRequestsAndPathsAreRefused() throws Exception {
        assertEquals(400, post("invocation/not-a-request/response", "{}", null).statusCode());
        assertEquals(400, post("invocation/not-a-request/error", "{}", null).statusCode());
        assertEquals(404, client.send(get("nothing"), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void anInitErrorIsRecordedAndServedToEveryInvoke() throws Exception {
        String document = "{\"errorMessage\":\"no config\",\"errorType\":\"Runtime.Init\"}";
        assertEquals(202, post("init/error", document, "Runtime.Init").statusCode());
        RuntimeApiEmulator.InitError error = api.initError().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals("Runtime.Init", error.errorType());
        assertEquals(document, error.payload());
        InvocationResult result = api.invoke(bytes("{}"), Duration.ofSeconds(1)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(result.error());
        assertEquals("Runtime.Init", result.errorType());
    }

    @Test
    void anInitErrorAfterTheFirstPollIsForbidden() throws Exception {
        api.invoke(bytes("{}"), Duration.ofSeconds(7));
        client.send(get("invocation/next"), HttpResponse.BodyHandlers.discarding());
        assertEquals(403, post("init/error", "{}", "Runtime.Init").statusCode());
    }

    @Test
    void anUnansweredInvocationTimesOutAtItsDeadline() throws Exception {
        InvocationResult result = api.invoke(bytes("{}"), Duration.ofMillis(100)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(result.error());
        assertEquals("Sandbox.Timedout", result.errorType());
        assertTrue(result.text().contains("Task timed out after 0.10 seconds"), result.text());
    }

    @Test
    void aResponseAboveSixMegabytesFailsTheInvocation() throws Exception {
        CompletableFuture<InvocationResult> result = api.invoke(bytes("{}"), Duration.ofSeconds(7));
        String requestId = client.send(get("invocation/next"), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        String big = "\"" + "x".repeat(RuntimeApiEmulator.MAX_RESPONSE_BYTES) + "\"";
        assertEquals(413, post("invocation/" + requestId + "/response", big, null).statusCode());
        assertEquals("Function.ResponseSizeTooLarge", result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).errorType());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + api.address() + RuntimeApiEmulator.PREFIX + path))
                .timeout(WAIT).build();
    }

    private HttpResponse<String> post(String path, String body, String errorType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + api.address() + RuntimeApiEmulator.PREFIX + path)).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (errorType != null) {
            request.header("Lambda-Runtime-Function-Error-Type", errorType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
