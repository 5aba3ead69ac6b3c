package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpRequestTest {

    @Test
    void queryKeepsOrderAndRepeatsAndDecodes() {
        QueryParameters query = QueryParameters.parse("a=1&b=x+y&a=%C3%A9&flag&bad=%zz");
        assertEquals(List.of("1", "é"), query.all("a"));
        assertEquals("x y", query.first("b").orElseThrow());
        assertEquals("", query.first("flag").orElseThrow());
        assertEquals("%zz", query.first("bad").orElseThrow());
        assertEquals(List.of("a", "b", "flag", "bad"), List.copyOf(query.keys()));
    }

    @Test
    void cookiesComeFromTheCookieHeaderFirstWins() {
        HttpRequest request = HttpRequest.builder().header("Cookie", "a=1; b = 2").header("cookie", "a=3").build();
        assertEquals(Map.of("a", "1", "b", "2"), request.cookies());
    }

    @Test
    void builderDefaults() {
        HttpRequest request = HttpRequest.builder().method("post").path("").build();
        assertEquals("POST", request.method());
        assertEquals("/", request.path());
        assertEquals(0, request.body().length);
        assertEquals("M-SEARCH", HttpRequest.builder().method("m-search").build().method());
        assertEquals("PATCH", HttpRequest.builder().method("PATCH").build().method());
    }
}
