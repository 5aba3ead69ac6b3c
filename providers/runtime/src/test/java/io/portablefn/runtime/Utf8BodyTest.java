package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portablefn.api.HttpException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body that is not UTF-8 is named as such, not as a JSON shape it does not fit. */
class Utf8BodyTest {

    record Greeting(String name) {
    }

    @Test
    void aBadByteInsideAStringIsReportedAsNotUtf8WithItsOffset() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        HttpException refused = assertThrows(HttpException.class, () -> Json.readBody(body, Greeting.class));
        assertEquals(400, refused.status());
        assertEquals("The request body is not valid UTF-8: the byte at offset 9 (0xFF) does not begin or continue"
                + " a character.", refused.getMessage());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsFoundToo() {
        assertEquals(3, DatabindJson.firstInvalidUtf8(new byte[] {'a', 'b', 'c', (byte) 0xe2, (byte) 0x82}));
        assertEquals(-1, DatabindJson.firstInvalidUtf8("h\u00e9llo \u20ac \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, DatabindJson.firstInvalidUtf8(new byte[] {'a', (byte) 0xc0, (byte) 0x80})); // overlong NUL
    }

    @Test
    void validUtf8ThatIsBadJsonIsStillNamedAsJson() {
        HttpException refused = assertThrows(HttpException.class,
                () -> Json.readBody("{\"name\":".getBytes(StandardCharsets.UTF_8), Greeting.class));
        assertEquals(true, refused.getMessage().startsWith("The request body is not valid JSON"), refused.getMessage());
    }

    @Test
    void nestingBeyondTheParsersLimitIsNamedAsSuchEvenInAnIgnoredProperty() {
        String body = "{\"extra\":" + "[".repeat(3000) + "]".repeat(3000) + ",\"name\":\"Ada\"}";
        HttpException refused = assertThrows(HttpException.class,
                () -> Json.readBody(body.getBytes(StandardCharsets.UTF_8), Greeting.class));
        assertEquals("The request body is nested too deeply to read.", refused.getMessage());
    }
}
