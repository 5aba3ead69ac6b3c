package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static HttpFunction fn(String name, String path, HttpMethod... methods) {
        return HttpFunction.raw(name, 30, path, Set.of(methods), (request, context) -> HttpResponse.ok().text(name));
    }

    @Test
    void moreLiteralSegmentsWinWhateverTheOrderGiven() {
        Router router = new Router(List.of(fn("byId", "/orders/{id}", HttpMethod.GET), fn("form", "/orders/new", HttpMethod.GET)));

        assertEquals("form", router.route("GET", "/orders/new").function().name());
        Router.Match byId = router.route("GET", "/orders/42");
        assertEquals("byId", byId.function().name());
        assertEquals(Map.of("id", "42"), byId.parameters());
    }

    @Test
    void aLiteralTemplateThatDoesNotAllowTheMethodLeavesItToTheParameterOne() {
        Router router = new Router(List.of(fn("byId", "/orders/{id}", HttpMethod.GET, HttpMethod.DELETE),
                fn("form", "/orders/new", HttpMethod.GET)));

        assertEquals("byId", router.route("DELETE", "/orders/new").function().name());
    }

    @Test
    void literalThenParameterThenGreedyWhateverTheOrderGiven() {
        Router router = new Router(List.of(fn("tree", "/files/{rest+}", HttpMethod.GET),
                fn("version", "/files/{name}/{v}", HttpMethod.GET), fn("readme", "/files/readme", HttpMethod.GET)));

        assertEquals("readme", router.route("GET", "/files/readme").function().name());
        assertEquals("version", router.route("GET", "/files/a/1").function().name());
        Router.Match deep = router.route("GET", "/files/a/1/2");
        assertEquals("tree", deep.function().name());
        assertEquals(Map.of("rest", "a/1/2"), deep.parameters());
        assertEquals(Map.of("rest", ""), router.route("GET", "/files").parameters());
        assertEquals(Map.of("rest", ""), router.route("GET", "/files/").parameters());
        assertEquals(Map.of("rest", "a"), router.route("GET", "/files/a").parameters());
    }

    @Test
    void templatesCloudsWouldOrderDifferentlyAreRefusedByName() {
        var crossing = assertThrows(IllegalArgumentException.class, () -> new Router(List.of(
                fn("late", "/{a}/b", HttpMethod.GET), fn("early", "/a/{b}", HttpMethod.GET))));
        assertTrue(crossing.getMessage().contains("'late'") && crossing.getMessage().contains("'early'"),
                crossing.getMessage());
        var parent = assertThrows(IllegalArgumentException.class, () -> new Router(List.of(
                fn("list", "/files", HttpMethod.GET), fn("tree", "/files/{rest+}", HttpMethod.GET))));
        assertTrue(parent.getMessage().contains("empty remainder"), parent.getMessage());
    }

    @Test
    void noTemplateMatchingIs404AndNoMethodMatchingIs405WithTheUnion() {
        Router router = new Router(List.of(fn("byId", "/orders/{id}", HttpMethod.DELETE),
                fn("form", "/orders/new", HttpMethod.GET)));

        assertEquals(404, router.route("GET", "/nothing").rejection().status());
        HttpResponse notAllowed = router.route("POST", "/orders/new").rejection();
        assertEquals(405, notAllowed.status());
        assertEquals(List.of("GET, DELETE"), notAllowed.headers().get("allow"));
        assertNull(router.route("POST", "/orders/new").function());
    }

    @Test
    void twoFunctionsOnTheSameShapeAndMethodAreRefusedByName() {
        var conflict = assertThrows(IllegalArgumentException.class, () -> new Router(List.of(
                fn("one", "/orders/{id}", HttpMethod.GET, HttpMethod.PUT), fn("two", "/orders/{key}", HttpMethod.PUT))));

        assertTrue(conflict.getMessage().contains("'one'") && conflict.getMessage().contains("'two'")
                && conflict.getMessage().contains("PUT"), conflict.getMessage());
    }

    @Test
    void sameShapeWithDisjointMethodsIsFine() {
        Router router = new Router(List.of(fn("read", "/orders/{id}", HttpMethod.GET), fn("write", "/orders/{key}", HttpMethod.PUT)));

        assertEquals("write", router.route("PUT", "/orders/1").function().name());
        assertEquals(Map.of("key", "1"), router.route("PUT", "/orders/1").parameters());
        assertEquals(List.of("GET /orders/{id} -> read", "PUT /orders/{key} -> write"), router.describe());
    }

    @Test
    void rootTemplateMatchesOnlyRoot() {
        Router router = new Router(List.of(fn("root", "/", HttpMethod.GET)));

        assertEquals("root", router.route("GET", "/").function().name());
        assertEquals(404, router.route("GET", "/x").rejection().status());
    }
}
