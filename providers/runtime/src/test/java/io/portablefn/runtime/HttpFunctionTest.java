package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpFunctionTest {

    record Item(String name, int qty) {
    }

    record Result(String id, Item first) {
    }

    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();

    private HttpResponse call(HttpFunction function, HttpRequest request) {
        return function.invoke(request, TestContexts.context(logger));
    }

    private static HttpFunction typed() {
        return HttpFunction.typed("items", 60, "/items/{id}", EnumSet.of(HttpMethod.POST),
                (List<Item> items, HttpRequest request, io.portablefn.api.Context context) ->
                        items.isEmpty() ? null : new Result(request.pathParameter("id").orElseThrow(), items.get(0)),
                new BodyType<List<Item>>() {});
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.builder().method("POST").path(path).body(body).build();
    }

    @Test
    void typedBindingReadsGenericsAndWritesJson() {
        HttpResponse response = call(typed(), post("/items/7", "[{\"name\":\"pen\",\"qty\":2,\"extra\":true}]"));
        assertEquals(200, response.status());
        assertEquals("{\"id\":\"7\",\"first\":{\"name\":\"pen\",\"qty\":2}}", response.bodyAsString());
        assertEquals("application/json", response.header("content-type").orElseThrow());
    }

    @Test
    void nullResultIsNoContent() {
        HttpResponse response = call(typed(), post("/items/7", "[]"));
        assertEquals(204, response.status());
        assertEquals(0, response.body().length);
    }

    @Test
    void badBodiesAre400sThatNameTheProblemNotTheClass() {
        assertProblem(call(typed(), post("/items/7", "[{")), 400, "not valid JSON");
        assertProblem(call(typed(), post("/items/7", "{\"a\":1}")), 400, "does not fit the expected JSON shape at $");
        assertProblem(call(typed(), post("/items/7", "[{\"qty\":null}]")), 400, "at $[0]");
        assertProblem(call(typed(), post("/items/7", "[] []")), 400, "not valid JSON");
        assertProblem(call(typed(), post("/items/7", "")), 400, "The request body is empty");
        assertFalse(call(typed(), post("/items/7", "{\"a\":1}")).bodyAsString().contains("Item"));
    }

    /** docs/mapping.md http.typed.null-body: the handler would only throw a NullPointerException, a 500. */
    @Test
    void aNullBodyIsA400AndNeverReachesTheHandler() {
        List<Item> seen = new java.util.ArrayList<>();
        HttpFunction one = HttpFunction.typed("one", 60, "/one", EnumSet.of(HttpMethod.POST),
                (Item item, HttpRequest request, io.portablefn.api.Context context) -> seen.add(item),
                new BodyType<Item>() {});
        assertProblem(call(one, post("/one", "null")), 400, "The request body is null; this function expects a JSON value.");
        assertProblem(call(one, post("/one", "{\"name\":\"pen\"}")), 400, "lacks $.qty, which is required");
        assertTrue(seen.isEmpty());
        assertTrue(logger.failures.isEmpty());
    }

    /** A one-argument constructor is no creator (http.typed.creator): the function's bug, logged with the fix. */
    public static class Amount {
        public Amount(int cents) {
        }
    }

    @Test
    void aBodyTypeWithoutACreatorIsA500WhoseLogSaysHowToFixIt() {
        HttpFunction amounts = HttpFunction.typed("amounts", 60, "/amounts", EnumSet.of(HttpMethod.POST),
                (Amount amount, HttpRequest request, io.portablefn.api.Context context) -> amount,
                new BodyType<Amount>() {});
        for (String body : List.of("5", "{\"cents\":5}")) {
            HttpResponse response = call(amounts, post("/amounts", body));
            assertProblem(response, 500, "The function failed unexpectedly");
            assertFalse(response.bodyAsString().contains("Amount"), response::bodyAsString);
        }
        assertEquals(2, logger.failures.size());
        assertTrue(logger.failures.get(0).getMessage().contains("annotated @JsonCreator"),
                logger.failures.get(0).getMessage());
    }

    @Test
    void routingGives404And405WithAllow() {
        assertProblem(call(typed(), post("/items", "[]")), 404, "No function answers POST /items.");
        HttpResponse wrongMethod = call(typed(), HttpRequest.builder().path("/items/1").build());
        assertProblem(wrongMethod, 405, "Method GET is not allowed here; use POST.");
        assertEquals("POST", wrongMethod.header("allow").orElseThrow());
    }

    @Test
    void declaredErrorsKeepStatusAndMessage() {
        HttpFunction function = HttpFunction.raw("f", 60, "/", EnumSet.of(HttpMethod.GET), (r, c) -> {
            throw HttpException.of(409, "Already paid");
        });
        assertProblem(call(function, HttpRequest.builder().build()), 409, "Already paid");
        assertTrue(logger.failures.isEmpty());
    }

    @Test
    void otherFailuresAre500sThatShowNothingAndAreLogged() {
        HttpFunction function = HttpFunction.raw("f", 60, "/", EnumSet.of(HttpMethod.GET), (r, c) -> {
            throw new IllegalStateException("password=hunter2");
        });
        HttpResponse response = call(function, HttpRequest.builder().build());
        assertProblem(response, 500, "The function failed unexpectedly");
        assertTrue(response.bodyAsString().contains("\"instance\":\"urn:portablefn:invocation:inv-1\""));
        assertFalse(response.bodyAsString().contains("hunter2"));
        assertEquals("password=hunter2", logger.failures.get(0).getMessage());
        assertTrue(logger.lines.get(0).contains("inv-1"));
    }

    @Test
    void aHeaderThatWouldInjectALineIsA500LoggedByNameNotByValue() {
        HttpFunction function = HttpFunction.raw("f", 60, "/", EnumSet.of(HttpMethod.GET),
                (r, c) -> HttpResponse.ok().header("X-Echo", "hi\r\nSet-Cookie: admin=1").text("hi"));
        HttpResponse response = call(function, HttpRequest.builder().build());
        assertProblem(response, 500, "The function failed unexpectedly");
        assertFalse(response.bodyAsString().contains("admin"));
        String logged = logger.failures.get(0).getMessage();
        assertTrue(logged.contains("'x-echo'") && logged.contains("U+000D"), logged);
        assertFalse(logged.contains("admin=1"), logged);
    }

    @Test
    void aNullResponseAndAnUnencodableResultAre500s() {
        HttpFunction nullResponse = HttpFunction.raw("f", 60, "/", EnumSet.of(HttpMethod.GET), (r, c) -> null);
        assertEquals(500, call(nullResponse, HttpRequest.builder().build()).status());
        HttpFunction selfReference = HttpFunction.raw("f", 60, "/", EnumSet.of(HttpMethod.GET), (r, c) -> {
            List<Object> loop = new java.util.ArrayList<>();
            loop.add(loop);
            return HttpResponse.ok().json(loop);
        });
        assertEquals(500, call(selfReference, HttpRequest.builder().build()).status());
    }

    private static void assertProblem(HttpResponse response, int status, String detailPart) {
        assertEquals(status, response.status(), response::bodyAsString);
        assertEquals(Problems.CONTENT_TYPE, response.header("content-type").orElseThrow());
        assertTrue(response.bodyAsString().contains(detailPart), response::bodyAsString);
    }
}
