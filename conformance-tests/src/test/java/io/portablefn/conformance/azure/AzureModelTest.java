package io.portablefn.conformance.azure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.azure.functions.HttpMethod;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.testkit.azure.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of the Azure model on its own, then the whole path through a generated function. */
class AzureModelTest {

    private static final HttpMethod[] GET = {HttpMethod.GET};

    @Test
    void hostLowerCasesHeaderNamesAndJoinsRepeatsWithComma() {
        Map<String, String> headers = HostRequests.headers(List.of(Map.entry("X-A", "1"), Map.entry("x-a", "2"),
                Map.entry("Accept", "text/plain")));
        assertEquals(Map.of("x-a", "1,2", "accept", "text/plain"), headers);
    }

    @Test
    void hostGroupsQueryKeysCaseInsensitivelyAndDropsEmptyValues() {
        assertEquals(Map.of("a", "1,2 3", "d", "x&y"), HostRequests.query("a=1&A=2+3&b=&c&d=x%26y"));
    }

    @Test
    void hostSendsABodyOnlyWithContentLengthAsBytesOrUtf8Text() {
        byte[] invalid = {(byte) 0xff, 'a'};
        assertNull(HostRequests.body(Map.of("content-type", "text/plain"), "x".getBytes()));
        assertArrayEquals(invalid, (byte[]) HostRequests.body(Map.of("content-length", "2",
                "content-type", "application/octet-stream"), invalid));
        assertArrayEquals(invalid, (byte[]) HostRequests.body(Map.of("content-length", "2",
                "content-type", "multipart/form-data; boundary=x"), invalid));
        assertEquals("\ufffda", HostRequests.body(Map.of("content-length", "2", "content-type", "image/png"), invalid));
        assertEquals("\ufffda", HostRequests.body(Map.of("content-length", "2"), invalid));
    }

    @Test
    void hostUrlKeepsTheRawQueryAndAnEquivalentPathUnderTheRoutePrefix() {
        WireRequest request = WireRequest.get("/files/a%20b/%2F/%c3%a9+?x=1&x=%41+b");
        assertEquals("http://localhost/api/files/a%20b/%2F/%C3%A9+?x=1&x=%41+b", HostRequests.url(request, "api"));
        assertEquals("/p/%25zz", KestrelPaths.pathString("/p/%zz"));
    }

    @Test
    void appServiceDecodesThePathOnceAndPassesTheClientsUrlInAHeader() {
        WireRequest client = WireRequest.get("/echo/a%2541/b%2Fc%20d%C3%A9?x=%41");
        WireRequest forwarded = AppServiceFrontEnd.forward(client, "api");
        assertEquals("/echo/a%41/b/c%20d%C3%A9", forwarded.rawPath());
        assertEquals("x=%41", forwarded.rawQuery());
        assertEquals(List.of("/api/echo/a%2541/b%2Fc%20d%C3%A9?x=%41"), forwarded.headerValues("x-waws-unencoded-url"));
        // The host routes on what it received: an encoded slash has become a separator.
        assertFalse(HostRequests.routes("api", "echo/{id}", "f", GET, AppServiceFrontEnd.forward(
                WireRequest.get("/echo/a%2Fb"), "api")));
    }

    @Test
    void hostRoutesCaseInsensitivelyByListedMethodIgnoringOneTrailingSlash() {
        assertTrue(HostRequests.routes("api", "files/{name}", "f", GET, WireRequest.get("/FILES/x/")));
        assertFalse(HostRequests.routes("api", "files/{name}", "f", GET, WireRequest.get("/files/x/y")));
        assertFalse(HostRequests.routes("api", "files/{name}", "f", GET,
                WireRequest.of("POST", "/files/x", List.of(), new byte[0])));
        assertTrue(HostRequests.routes("api", "", "f", GET, WireRequest.get("/f")));
    }

    @Test
    void hostCatchAllTakesTheRestOrNothing() {
        for (String path : List.of("/files", "/files/", "/Files/a", "/files/a/b/", "/files//x")) {
            assertTrue(HostRequests.routes("api", "files/{*rest}", "f", GET, WireRequest.get(path)), path);
        }
        assertFalse(HostRequests.routes("api", "files/{*rest}", "f", GET, WireRequest.get("/filesx/a")));
        assertFalse(HostRequests.routes("api", "files/{*rest}", "f", GET, WireRequest.get("/")));
        assertTrue(HostRequests.routes("api", "{*all}", "f", GET, WireRequest.get("/")));
    }

    @Test
    void workerBindsBodiesToTheDeclaredType() throws Exception {
        var optionalString = getClass().getDeclaredMethod("optionalString").getGenericReturnType();
        var optionalBytes = getClass().getDeclaredMethod("optionalBytes").getGenericReturnType();
        assertEquals(Optional.of("\ufffdz"), WorkerBinding.bind(new byte[] {(byte) 0xc3, 'z'}, optionalString));
        assertEquals(Optional.empty(), WorkerBinding.bind(null, optionalString));
        assertArrayEquals(new byte[] {1, 2, 3}, ((Optional<?>) WorkerBinding.bind("[1, 2,3]", optionalBytes))
                .map(byte[].class::cast).orElseThrow());
        assertThrows(ClassCastException.class, () -> WorkerBinding.bind("{\"a\":1}", optionalBytes));
        assertThrows(ClassCastException.class, () -> WorkerBinding.bind("hello", byte[].class));
    }

    @Test
    void workerKeepsResponseHeadersByExactNameAndSendsStatusAsString() {
        WorkerResponse response = new WorkerResponse();
        response.header("Set-Cookie", "a=1").header("Set-Cookie", "b=2").header("set-cookie", "c=3");
        RpcHttp http = WorkerResult.toRpcHttp(response.body(null).build());
        assertEquals(Map.of("Set-Cookie", "b=2", "set-cookie", "c=3"), http.headers());
        assertEquals("200", http.statusCode());
        assertEquals(RpcHttp.JSON_NULL, http.body());
    }

    @Test
    void hostDropsCaseVariantDuplicatesAndTypesOnlyTextBodies() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("set-cookie", "a=1");
        headers.put("Set-Cookie", "b=2");
        headers.put("X-One", "1");
        WireResponse bytes = HostResponses.toWire(new RpcHttp(null, null, "201", headers, Map.of(), new byte[] {7}));
        assertEquals(201, bytes.status());
        assertEquals(List.of("a=1"), bytes.cookies());
        assertEquals(Map.of("x-one", List.of("1")), bytes.headers());
        WireResponse missing = HostResponses.toWire(new RpcHttp(null, null, "200", Map.of(), Map.of(), RpcHttp.JSON_NULL));
        assertEquals("text/plain; charset=utf-8", missing.header("content-type"));
        assertArrayEquals(new byte[0], missing.body());
    }

    @Test
    void endToEndThroughTheGeneratedFunction() throws Exception {
        AzureTarget azure = new AzureTarget();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff};
        WireResponse binary = azure.send(AzureEcho.class, WireRequest.of("POST", "/azure-echo/a%20b?k=1&k=2&e=",
                List.of(Map.entry("Content-Type", "application/octet-stream")), png));
        assertEquals(200, binary.status());
        assertEquals("/azure-echo/a b", binary.header("x-path"));
        assertEquals("[k=1, k=2, e=]", binary.header("x-query"));
        assertEquals("AZURE", binary.header("x-provider"));
        assertEquals(List.of("1, 2"), binary.headers().get("x-multi"));
        assertEquals(List.of("a=1"), binary.cookies());
        // Declared Optional<String>: bytes that are not UTF-8 arrive with U+FFFD (a known gap).
        assertArrayEquals("\ufffdPNG\ufffd".getBytes(StandardCharsets.UTF_8), binary.body());

        WireResponse text = azure.send(AzureEcho.class, WireRequest.of("POST", "/azure-echo/x",
                List.of(Map.entry("Content-Type", "text/plain")), "h\u00e9"));
        assertEquals("h\u00e9", text.bodyAsString());

        assertEquals(404, azure.send(AzureEcho.class, WireRequest.get("/azure-echo/x/y")).status());
        assertEquals(404, azure.send(AzureEcho.class, WireRequest.of("PUT", "/azure-echo/x", List.of(), "")).status());
        WireResponse failed = azure.send(AzureEcho.class, WireRequest.get("/azure-echo/x?fail=1"));
        assertEquals(500, failed.status());
        assertEquals("application/problem+json", failed.header("content-type"));
        assertEquals(400, azure.send(AzureEcho.class, WireRequest.get("/azure-echo/x?q=a|b")).status());
    }

    @SuppressWarnings("unused")
    private static Optional<String> optionalString() {
        return Optional.empty();
    }

    @SuppressWarnings("unused")
    private static Optional<byte[]> optionalBytes() {
        return Optional.empty();
    }

    @Test
    void theHostAnswers500WithoutCallingTheFunctionForABodyOver100Megabytes() throws Exception {
        AzureTarget azure = new AzureTarget();
        WireResponse over = azure.send(io.portablefn.conformance.fixtures.Echo.class, bigPost(AzureTarget.MAX_BODY_BYTES + 1));
        assertEquals(500, over.status());
        assertEquals(0, over.body().length);
        // Far over the local server's 6 MiB and Lambda's 6 MB, yet under Azure's limit: the function runs.
        assertEquals(200, azure.send(io.portablefn.conformance.fixtures.Echo.class, bigPost(7 * 1024 * 1024)).status());
    }

    private static WireRequest bigPost(int bytes) {
        return WireRequest.of("POST", "/echo/big", List.of(Map.entry("Content-Type", "text/plain")), new byte[bytes]);
    }
}
