package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.azure.WorkerContext;
import io.portablefn.testkit.azure.WorkerRequest;
import io.portablefn.testkit.azure.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Decoding the worker's request and encoding the response, on fakes shaped like the worker's. */
class AzureHttpAdapterTest {

    // Echoes what it saw, so each test can check one field.
    private static final HttpFunction ECHO = HttpFunction.raw("echo", 30, "/files/{name}",
            EnumSet.of(HttpMethod.GET, HttpMethod.POST), (request, context) -> HttpResponse.ok()
                    .header("x-path", request.path())
                    .header("x-name", request.pathParameter("name").orElse(""))
                    .header("x-query", request.query().toString())
                    .header("x-cookie", request.cookies().toString())
                    .header("x-request-id", request.requestId())
                    .header("x-provider", context.provider().name())
                    .header("x-accept", request.headers().get("accept").orElse(""))
                    .text(request.bodyAsString()));

    private final AzureHttpAdapter adapter = new AzureHttpAdapter(ECHO);

    private WorkerResponse send(String method, String url, Map<String, String> headers, String body) {
        return (WorkerResponse) adapter.handle(request(method, url, headers, body), context("inv-1"));
    }

    private static WorkerRequest<Optional<String>> request(String method, String url, Map<String, String> headers,
            String body) {
        return new WorkerRequest<>(method, url, headers, Map.of(), Optional.ofNullable(body));
    }

    private static WorkerContext context(String invocationId) {
        return new WorkerContext(invocationId, "echo", Logger.getLogger("test"));
    }

    @Test
    void pathDropsTheRoutePrefixWhateverItIsAndIsDecoded() {
        assertEquals("/files/a b", send("GET", "https://app.net/api/files/a%20b", Map.of(), null).headers().get("x-path"));
        assertEquals("/files/a+b", send("GET", "https://app.net/files/a+b", Map.of(), null).headers().get("x-path"));
        // Decoded as a whole, like every provider: an encoded slash separates segments too.
        assertEquals(404, send("GET", "https://app.net/v1/x/files/a%2Fb", Map.of(), null).getStatusCode());
    }

    @Test
    void behindAppServiceThePathComesFromTheUnencodedUrlDecodedOnce() {
        // App Service decoded /api/files/a%2541 to /api/files/a%41 before the host, which put it in
        // the URL: decoding the URL again would give /files/aA.
        Map<String, String> appService = Map.of("x-waws-unencoded-url", "/api/files/a%2541?q=1");
        var response = send("GET", "https://app.net/api/files/a%41?q=1", appService, null);
        assertEquals("/files/a%41", response.headers().get("x-path"));
        assertEquals("a%41", response.headers().get("x-name"));
        assertEquals("/files/caf\u00e9 +", send("GET", "https://app.net/api/files/caf%C3%A9%20+",
                Map.of("x-waws-unencoded-url", "/api/files/caf%C3%A9%20%2B"), null).headers().get("x-path"));
    }

    @Test
    void withoutAppServiceTheUrlPathIsCutThenDecodedOnce() {
        // Kestrel keeps %2F encoded, so the host routed /api/x/a%2Fb on two segments after the prefix.
        assertEquals("/x/a/b", AzureRequests.path("/api/x/a%2Fb", null, 2));
        // Behind App Service the host routed on decoded segments: cut after decoding.
        assertEquals("/x/a/b", AzureRequests.path("/api/x/a/b", "/api/x/a%2Fb", 3));
        assertEquals("/a%41", AzureRequests.path("/api/aA", "/api/a%2541", 1));
    }

    @Test
    void anUnencodedUrlHeaderThatNamesAnotherPathIsIgnored() {
        // Without App Service a client can send the header itself: the host routed /files/a.
        var response = send("GET", "https://app.net/api/files/a", Map.of("x-waws-unencoded-url", "/api/files/secret"),
                null);
        assertEquals("/files/a", response.headers().get("x-path"));
        assertEquals("/x/b", AzureRequests.path("/api/x/b", "/api/x/c", 2));
    }

    @Test
    void queryComesFromTheRawQueryInOrderWithRepeats() {
        var response = send("GET", "https://app.net/api/files/x?b=2&a=1&b=3&E=&q=a+b%26", Map.of(), null);
        assertEquals("[b=2, a=1, b=3, E=, q=a b&]", response.headers().get("x-query"));
    }

    @Test
    void headersCookiesBodyAndRequestId() {
        var response = send("POST", "https://app.net/api/files/x",
                Map.of("accept", "text/plain,application/json", "cookie", "a=1; b=2,c=3"), "h\u00e9llo");
        assertEquals("text/plain,application/json", response.headers().get("x-accept"));
        assertEquals("{a=1, b=2, c=3}", response.headers().get("x-cookie"));
        assertEquals("inv-1", response.headers().get("x-request-id"));
        assertEquals(Provider.AZURE.name(), response.headers().get("x-provider"));
        assertArrayEquals("h\u00e9llo".getBytes(StandardCharsets.UTF_8), (byte[]) response.getBody());
        assertEquals("text/plain;charset=utf-8", response.headers().get("content-type"));
        assertEquals(200, response.getStatusCode());
    }

    @Test
    void octetStreamBytesAreRecoveredExactlyUnderAnIso88591Worker() {
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80, 'A'};
        // What the worker hands over for a host byte body: new String(bytes) in its default charset.
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        var function = HttpFunction.raw("b", 30, "/b", EnumSet.of(HttpMethod.POST),
                (request, context) -> HttpResponse.ok().bytes(request.body()));
        var response = (WorkerResponse) new AzureHttpAdapter(function, StandardCharsets.ISO_8859_1).handle(
                request("POST", "http://h/api/b", Map.of("content-type", "application/octet-stream"), latin1),
                context("i"));
        assertArrayEquals(bytes, (byte[]) response.getBody());
        // Text the host sent as a string is UTF-8 whatever the worker's charset.
        assertArrayEquals("h\u00e9".getBytes(StandardCharsets.UTF_8),
                AzureRequests.bodyBytes("h\u00e9", "text/plain; charset=utf-8", StandardCharsets.ISO_8859_1));
        assertArrayEquals(bytes, AzureRequests.bodyBytes(latin1, "Multipart/form-data; boundary=x",
                StandardCharsets.ISO_8859_1));
        // Under UTF-8 (the default) the worker has already replaced invalid bytes: the gap.
        assertArrayEquals("\ufffdA".getBytes(StandardCharsets.UTF_8),
                AzureRequests.bodyBytes("\ufffdA", "application/octet-stream", StandardCharsets.UTF_8));
    }

    @Test
    void aUrlTheWorkerCannotParseIsA400Problem() {
        var response = send("GET", "https://app.net/api/files/x?q=a|b", Map.of(), null);
        assertEquals(400, response.getStatusCode());
        assertEquals("application/problem+json", response.headers().get("content-type"));
    }

    @Test
    void routingMissesAreProblemResponses() {
        // Matched again, exactly (http.route.template): the host ignores case and a trailing slash.
        assertEquals(404, send("GET", "https://app.net/api/files/x/", Map.of(), null).getStatusCode());
        assertEquals(404, send("GET", "https://app.net/api/FILES/x", Map.of(), null).getStatusCode());
        var wrongMethod = send("PUT", "https://app.net/api/files/x", Map.of(), null);
        assertEquals(405, wrongMethod.getStatusCode());
        assertEquals("GET, POST", wrongMethod.headers().get("allow"));
    }

    @Test
    void oneLinePerHeaderAndOnlyTheFirstCookie() {
        var function = HttpFunction.raw("c", 30, "/", EnumSet.of(HttpMethod.GET), (request, context) ->
                HttpResponse.status(201).header("Vary", "a").header("vary", "b").cookie("s=1").cookie("t=2").build());
        var response = (WorkerResponse) new AzureHttpAdapter(function).handle(
                request("GET", "http://h/api", Map.of(), null), context("i"));
        assertEquals(201, response.getStatusCode());
        assertEquals("a, b", response.headers().get("vary"));
        assertEquals("s=1", response.headers().get("set-cookie"));
        assertEquals(2, response.headers().size());
        assertArrayEquals(new byte[0], (byte[]) response.getBody());
        assertNull(response.headers().get("content-type"));
    }

    @Test
    void lastSegments() {
        assertEquals("/", AzureRequests.lastSegments("/api", 0));
        assertEquals("/", AzureRequests.lastSegments("/api/", 0));
        assertEquals("/b/c", AzureRequests.lastSegments("/api/a/b/c", 2));
        assertEquals("/b/c/", AzureRequests.lastSegments("/api/a/b/c/", 2));
        assertEquals("/a", AzureRequests.lastSegments("/a", 2));
        assertEquals("/", AzureRequests.lastSegments("", 1));
        assertEquals(0, AzureRequests.segmentCount("/"));
        assertEquals(3, AzureRequests.segmentCount("/a/{b}/c"));
    }
}
