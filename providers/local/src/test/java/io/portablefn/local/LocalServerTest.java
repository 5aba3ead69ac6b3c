package io.portablefn.local;

import static io.portablefn.api.HttpMethod.DELETE;
import static io.portablefn.api.HttpMethod.GET;
import static io.portablefn.api.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.HttpFunction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server as a client sees it: real HTTP on a free port. */
class LocalServerTest {

    public record GreetRequest(String name) {
    }

    public record Greeting(String greeting) {
    }

    private static LocalServer server;
    private static Client client;

    static List<HttpFunction> functions() {
        return List.of(
                HttpFunction.raw("echo", 30, "/echo/{name}", Set.of(GET, POST), (request, context) -> HttpResponse.ok().text(
                        "name=" + request.pathParameter("name").orElse("?") + "\npath=" + request.path()
                        + "\nk=" + request.query().all("k") + "\nx-multi=" + request.headers().get("x-multi").orElse("")
                        + "\nx-multi-all=" + request.headers().all("x-multi") + "\nprovider=" + context.provider()
                        + "\nfunction=" + context.functionName() + "\nrequestId=" + request.requestId()
                        + "\nsameId=" + request.requestId().equals(context.invocationId()))),
                HttpFunction.raw("form", 30, "/orders/new", Set.of(GET), (request, context) -> HttpResponse.ok().text("form")),
                HttpFunction.raw("order", 30, "/orders/{id}", Set.of(GET, DELETE), (request, context) ->
                        HttpResponse.ok().text("order " + request.pathParameter("id").orElseThrow())),
                HttpFunction.raw("cookies", 30, "/cookies", Set.of(GET), (request, context) -> HttpResponse.ok()
                        .cookie("a=1; Path=/").cookie("b=2; HttpOnly").header("x-multi", "one").header("x-multi", "two")
                        .text("ok")),
                HttpFunction.raw("binary", 30, "/binary", Set.of(POST), (request, context) ->
                        HttpResponse.ok().bytes(reversed(request.body()))),
                HttpFunction.typed("greet", 30, "/greet", Set.of(POST),
                        (GreetRequest body, io.portablefn.api.HttpRequest request, io.portablefn.api.Context context) ->
                                new Greeting("Hello, " + body.name()), new BodyType<GreetRequest>() { }),
                HttpFunction.typed("nothing", 30, "/nothing", Set.of(POST),
                        (Void body, io.portablefn.api.HttpRequest request, io.portablefn.api.Context context) -> null,
                        new BodyType<Void>() { }),
                HttpFunction.raw("boom", 30, "/boom", Set.of(GET), (request, context) -> {
                    throw new IllegalStateException("secret detail");
                }),
                HttpFunction.raw("badHeader", 30, "/bad-header", Set.of(GET), (request, context) ->
                        HttpResponse.ok().header("x-bad", "a\r\nInjected: yes").text("x")));
    }

    @BeforeAll
    static void start() {
        server = LocalServer.start(0, functions());
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void listsItsRoutesMostLiteralFirst() {
        assertTrue(server.routes().contains("POST /greet -> greet"), server.routes().toString());
        assertTrue(server.routes().indexOf("GET /orders/new -> form") < server.routes().indexOf("GET,DELETE /orders/{id} -> order"),
                server.routes().toString());
    }

    @Test
    void literalTemplateBeatsParameterTemplate() throws Exception {
        assertEquals("form", client.get("/orders/new").body());
        assertEquals("order 7", client.get("/orders/7").body());
        assertEquals("order new", client.sendForText(client.request("DELETE", "/orders/new", null)).body());
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        var response = client.get("/nowhere");
        assertEquals(404, response.statusCode());
        assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("content-type"));
        assertTrue(response.body().contains("\"status\":404"), response.body());
    }

    @Test
    void knownPathWithOtherMethodIs405WithAllowListingEveryMatchingFunction() throws Exception {
        var response = client.sendForText(client.request("PUT", "/orders/new", new byte[0]));
        assertEquals(405, response.statusCode());
        assertEquals(List.of("GET, DELETE"), response.headers().allValues("allow"));
        assertTrue(response.body().contains("\"status\":405"), response.body());
    }

    @Test
    void decodesPathQueryHeadersAndContextAsACloudDoes() throws Exception {
        var response = client.sendForText(client.request("GET", "/echo/caf%C3%A9+x?k=1&k=a+b&k=%C3%A9", null)
                .header("X-Multi", "a").header("X-Multi", "b, c")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        String body = response.body();
        assertEquals(200, response.statusCode(), body);
        assertTrue(body.contains("name=café+x\npath=/echo/café+x"), body);
        assertTrue(body.contains("k=[1, a b, é]"), body);
        assertTrue(body.contains("x-multi=a,b, c\nx-multi-all=[a, b, c]"), body);
        assertTrue(body.contains("provider=LOCAL\nfunction=echo"), body);
        assertTrue(body.contains("requestId=4bf92f3577b34da6a3ce929d0e0e4736\nsameId=true"), body);
    }

    @Test
    void withoutTraceparentEachRequestGetsAFreshId() throws Exception {
        String first = client.get("/echo/x").body();
        String second = client.get("/echo/x").body();
        assertTrue(first.matches("(?s).*requestId=[0-9a-f-]{36}\n.*"), first);
        assertFalse(first.equals(second));
    }

    @Test
    void writesEachSetCookieAndEachHeaderValueOnItsOwnLine() throws Exception {
        var response = client.get("/cookies");
        assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly"), response.headers().allValues("set-cookie"));
        assertEquals(List.of("one", "two"), response.headers().allValues("x-multi"));
        assertEquals(1, response.headers().allValues("content-type").size());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("text/plain"));
    }

    @Test
    void binaryBodiesPassByteForByteBothWays() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        var response = client.send(client.request("POST", "/binary", all).header("Content-Type", "application/octet-stream"));
        assertEquals(200, response.statusCode());
        assertArrayEquals(reversed(all), response.body());
        assertEquals(Optional.of("application/octet-stream"), response.headers().firstValue("content-type"));
        assertEquals(Optional.of("256"), response.headers().firstValue("content-length"));
    }

    @Test
    void typedFunctionBindsJsonAndAnswersMalformedJsonWith400Problem() throws Exception {
        var ok = client.sendForText(client.request("POST", "/greet", "{\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        assertEquals(200, ok.statusCode());
        assertEquals("{\"greeting\":\"Hello, Ada\"}", ok.body());

        var bad = client.sendForText(client.request("POST", "/greet", "{\"name\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, bad.statusCode());
        assertEquals(Optional.of("application/problem+json"), bad.headers().firstValue("content-type"));
    }

    @Test
    void noContentHasNoBodyAndNoLength() throws Exception {
        var response = client.send(client.request("POST", "/nothing", null));
        assertEquals(204, response.statusCode());
        assertEquals(0, response.body().length);
        assertTrue(response.headers().firstValue("content-length").isEmpty());
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        var response = client.send(client.request("HEAD", "/orders/new", null));
        assertEquals(405, response.statusCode()); // the function accepts GET only; no implicit HEAD, as on the clouds
        assertEquals(0, response.body().length);
    }

    @Test
    void failuresBecome500ProblemsWithoutDetailsAndTheServerKeepsServing() throws Exception {
        var thrown = client.get("/boom");
        assertEquals(500, thrown.statusCode());
        assertFalse(thrown.body().contains("secret"), thrown.body());

        var refusedHeader = client.get("/bad-header");
        assertEquals(500, refusedHeader.statusCode());
        assertTrue(refusedHeader.headers().firstValue("injected").isEmpty());
        assertEquals(Optional.of("application/problem+json"), refusedHeader.headers().firstValue("content-type"));

        assertEquals("form", client.get("/orders/new").body());
    }

    static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
