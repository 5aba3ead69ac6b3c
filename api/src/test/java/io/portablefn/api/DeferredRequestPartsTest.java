package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Headers and request ids an adapter hands over to be read only when a function asks. */
class DeferredRequestPartsTest {

    private final AtomicInteger reads = new AtomicInteger();

    private HttpRequest.Builder withNativeHeaders() {
        Map<String, List<String>> lines = Map.of("X-Multi", List.of("a", "b"), "Cookie", List.of("x=1", "y=2"));
        return HttpRequest.builder().headers(into -> {
            reads.incrementAndGet();
            lines.forEach((name, values) -> values.forEach(value -> into.add(name, value)));
        });
    }

    @Test
    void deferredHeadersReadOnceOnFirstUseAndFollowTheSameRules() {
        HttpRequest request = withNativeHeaders().build();
        assertEquals(0, reads.get());
        assertEquals(Optional.of("a,b"), request.headers().get("x-multi"));
        assertEquals(List.of("a", "b"), request.headers().all("X-MULTI"));
        assertEquals(Optional.of("x=1; y=2"), request.headers().get("cookie"));
        assertEquals("1", request.cookies().get("x"));
        assertEquals(1, reads.get());
    }

    @Test
    void linesAddedOneByOneComeAfterTheDeferredOnes() {
        HttpRequest request = withNativeHeaders().header("x-multi", "c").header("cookie", "z=3").build();
        assertEquals(List.of("a", "b", "c"), request.headers().all("x-multi"));
        assertEquals(Optional.of("x=1; y=2; z=3"), request.headers().get("cookie"));
    }

    @Test
    void noHeaderSourceAndNoLinesIsEmpty() {
        assertSame(Headers.empty(), HttpRequest.builder().build().headers());
        assertEquals(List.of(), List.copyOf(HttpRequest.builder().headers(into -> { }).build().headers().names()));
    }

    @Test
    void aDeferredRequestIdIsAskedForOnlyWhenRead() {
        HttpRequest request = HttpRequest.builder().path("/a").requestIdFrom(() -> "id-" + reads.incrementAndGet()).build();
        assertEquals(0, reads.get());
        assertEquals("id-1", request.requestId());
        assertEquals("id-2", request.withPathParameters(Map.of("x", "1")).requestId(), "the source is asked on each read");
        assertEquals("plain", HttpRequest.builder().requestIdFrom(() -> "x").requestId("plain").build().requestId());
    }
}
