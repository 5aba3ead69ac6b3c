package io.portablefn.conformance;

import io.portablefn.conformance.fixtures.Binary;
import io.portablefn.conformance.fixtures.Bug;
import io.portablefn.conformance.fixtures.Cookies;
import io.portablefn.conformance.fixtures.Echo;
import io.portablefn.conformance.fixtures.Empty;
import io.portablefn.conformance.fixtures.Greet;
import io.portablefn.conformance.fixtures.Orders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The HTTP cases every target must answer the same way (docs/mapping.md names them). */
final class HttpCases {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = "text/plain;charset=utf-8";
    private static final String BYTES = "application/octet-stream";

    private HttpCases() {
    }

    static List<HttpCase> all() {
        return List.of(
                ok("repeated-query-keys", Echo.class, WireRequest.get("/echo/1?a=1&b=2&a=3"),
                        echo("GET", "/echo/1", "1", "[[\"a\",\"1\"],[\"b\",\"2\"],[\"a\",\"3\"]]", "{}", "{}", "")),
                ok("url-encoded-path-and-query", Echo.class,
                        WireRequest.get("/echo/caf%C3%A9%20au%20lait?q=caf%C3%A9+au+lait&plus=%2B1&empty="),
                        echo("GET", "/echo/café au lait", "café au lait",
                                "[[\"q\",\"café au lait\"],[\"plus\",\"+1\"],[\"empty\",\"\"]]", "{}", "{}", "")),
                ok("repeated-headers", Echo.class,
                        WireRequest.of("GET", "/echo/h", List.of(Map.entry("X-T-Multi", "one"),
                                Map.entry("X-T-Multi", "two"), Map.entry("X-T-Single", "a, b")), new byte[0]),
                        echo("GET", "/echo/h", "h", "[]",
                                "{\"x-t-multi\":{\"get\":\"one,two\",\"all\":[\"one\",\"two\"]},"
                                        + "\"x-t-single\":{\"get\":\"a, b\",\"all\":[\"a\",\"b\"]}}", "{}", "")),
                new HttpCase("cookies-in-two-set-cookie-out", Cookies.class,
                        WireRequest.of("GET", "/cookies", List.of(Map.entry("Cookie", "a=1; b=two")), new byte[0]),
                        200, TEXT, utf8("got {a=1, b=two}"),
                        List.of("session=abc123; Path=/; HttpOnly", "theme=dark; Max-Age=3600"),
                        Map.of("x-multi", List.of("one", "two"))),
                ok("typed-json-post", Greet.class, post("/greet", JSON, "{\"name\":\"Ada\"}"),
                        "{\"greeting\":\"Hello, Ada\"}"),
                ok("unicode-json", Greet.class, post("/greet", JSON, "{\"name\":\"Åsa Ωμέγα 😀\"}"),
                        "{\"greeting\":\"Hello, Åsa Ωμέγα 😀\"}"),
                ok("empty-body", Echo.class, WireRequest.of("POST", "/echo/e", List.of(), new byte[0]),
                        echo("POST", "/echo/e", "e", "[]", "{}", "{}", "")),
                new HttpCase("no-content", Empty.class, WireRequest.of("DELETE", "/empty", List.of(), new byte[0]),
                        204, null, new byte[0], List.of(), Map.of()),
                new HttpCase("binary-out", Binary.class, WireRequest.get("/binary"), 200, BYTES, range(256),
                        List.of(), Map.of()),
                new HttpCase("binary-in-and-out", Binary.class,
                        WireRequest.of("POST", "/binary", List.of(Map.entry("Content-Type", BYTES)),
                                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80, 'A'}),
                        200, BYTES, new byte[] {'A', (byte) 0x80, 1, 0, (byte) 0xfe, (byte) 0xff}, List.of(), Map.of()),
                problem("declared-404", Orders.class, WireRequest.get("/orders/42"), 404, "Not Found", "No order 42"),
                new HttpCase("unhandled-exception", Bug.class, WireRequest.get("/bug"), 500, PROBLEM,
                        utf8("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
                                + "\"detail\":\"The function failed unexpectedly. Quote the instance when reporting it.\","
                                + "\"instance\":\"<invocation>\"}"), List.of(), Map.of()),
                problem("malformed-json", Greet.class, post("/greet", JSON, "{\"name\":"), 400, "Bad Request",
                        "The request body is not valid JSON: it ends before the value is complete (line 1, column 9)."),
                problem("json-of-the-wrong-shape", Greet.class, post("/greet", JSON, "[1,2]"), 400, "Bad Request",
                        "The request body does not fit the expected JSON shape at $ (line 1, column 1)."),
                problem("empty-body-to-typed-function", Greet.class, post("/greet", JSON, ""), 400, "Bad Request",
                        "The request body is empty; this function expects a JSON body."),
                problem("no-route", Orders.class, WireRequest.get("/orders/42/items"), 404, "Not Found",
                        "No function answers GET /orders/42/items."),
                new HttpCase("method-not-allowed", Greet.class, WireRequest.get("/greet"), 405, PROBLEM,
                        problemJson(405, "Method Not Allowed", "Method GET is not allowed here; use POST."),
                        List.of(), Map.of("allow", List.of("POST"))));
    }

    private static HttpCase ok(String name, Class<?> function, WireRequest request, String json) {
        return new HttpCase(name, function, request, 200, JSON, utf8(json), List.of(), Map.of());
    }

    private static HttpCase problem(String name, Class<?> function, WireRequest request, int status, String title,
            String detail) {
        return new HttpCase(name, function, request, status, PROBLEM, problemJson(status, title, detail), List.of(),
                Map.of());
    }

    private static byte[] problemJson(int status, String title, String detail) {
        return utf8("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
    }

    private static WireRequest post(String path, String contentType, String body) {
        return WireRequest.of("POST", path, List.of(Map.entry("Content-Type", contentType)), body);
    }

    private static String echo(String method, String path, String id, String query, String headers, String cookies,
            String base64Body) {
        return "{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"id\":\"" + id + "\",\"query\":" + query
                + ",\"headers\":" + headers + ",\"cookies\":" + cookies + ",\"body\":\"" + base64Body
                + "\",\"provider-is-set\":true}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] range(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
