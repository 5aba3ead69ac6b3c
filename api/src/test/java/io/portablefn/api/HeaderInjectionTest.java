package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The response model refuses what could inject or fold a header line on any cloud. */
class HeaderInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nSet-Cookie: evil=1", "a\nb", "a\rb", "a\u0000b", "a\u0001b", "a\u007fb",
        "a\u0085b", "a\u2028b", "caf\u00e9\u20ac", " leading", "trailing\t"})
    void headerValuesOutsideTheFieldValueSyntaxAreRefused(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HttpResponse.ok().header("X-Echo", value));
        assertTrue(refused.getMessage().contains("'x-echo'"), refused::getMessage);
        assertFalse(refused.getMessage().contains(value), "the value must not be echoed: " + refused.getMessage());
    }

    @Test
    void theMessageNamesTheCharacterAndWhereItIs() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HttpResponse.ok().header("X-Echo", "ab\r\nSet-Cookie: evil=1"));
        assertTrue(refused.getMessage().startsWith("Response header 'x-echo' has a carriage return (U+000D) at index 2"),
                refused::getMessage);
        assertFalse(refused.getMessage().contains("evil"));
    }

    @Test
    void cookiesAndContentTypeFollowTheSameRule() {
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.ok().cookie("a=1\r\nX-Evil: 1"));
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.ok().header("Set-Cookie", "a=1\n"));
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.ok().contentType("text/html\r\nX: 1"));
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.ok().header("X-Null", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Echo", "X-Echo:", "X-Echo\r\nX-Evil", "Caf\u00e9", "(x)"})
    void headerNamesMustBeTokens(String name) {
        assertThrows(IllegalArgumentException.class, () -> HttpResponse.ok().header(name, "1"));
    }

    @Test
    void ordinaryValuesPass() {
        HttpResponse response = HttpResponse.ok()
                .header("Content-Disposition", "attachment; filename=\"r\u00e9sum\u00e9.pdf\"")
                .header("X-Tabbed", "a\tb c")
                .header("X-Empty", "")
                .header("WWW-Authenticate", "Bearer realm=\"x\", error=\"invalid_token\"")
                .cookie("id=42; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly")
                .contentType("text/html; charset=utf-8")
                .text("ok");
        assertEquals(List.of("a\tb c"), response.headers().get("x-tabbed"));
        assertEquals(List.of(""), response.headers().get("x-empty"));
        assertEquals(1, response.cookies().size());
    }
}
