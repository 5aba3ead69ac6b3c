package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpResponseTest {

    @Test
    void defaultContentTypes() {
        assertEquals("text/plain;charset=utf-8", HttpResponse.ok().text("x").header("content-type").orElseThrow());
        assertEquals("application/json", HttpResponse.ok().json(List.of()).header("Content-Type").orElseThrow());
        assertEquals("application/octet-stream", HttpResponse.ok().bytes(new byte[1]).header("content-type").orElseThrow());
        assertEquals("image/png", HttpResponse.ok().contentType("image/png").bytes(new byte[1]).header("content-type").orElseThrow());
        assertEquals(List.of(), List.copyOf(HttpResponse.noContent().headers().keySet()));
    }

    @Test
    void setCookieHeadersBecomeCookiesAndHeadersRepeat() {
        HttpResponse response = HttpResponse.ok().header("Set-Cookie", "a=1").cookie("b=2")
                .header("X-M", "1").header("x-m", "2").build();
        assertEquals(List.of("a=1", "b=2"), response.cookies());
        assertEquals(List.of("1", "2"), response.headers().get("x-m"));
    }

    @Test
    void statusesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.status(42));
        assertThrows(IllegalArgumentException.class, () -> new HttpException(200, "fine"));
        assertEquals(404, HttpException.notFound("x").status());
    }
}
