package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portablefn.api.HttpException;
import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void base64IsUndoneAndNonBase64IsA400() {
        assertArrayEquals(new byte[] {(byte) 0xff, 0, 'A'}, Bodies.fromBase64("/wBB"));
        assertArrayEquals("<idk/>".getBytes(), Bodies.fromBase64("PGlkay8+"));
        HttpException e = assertThrows(HttpException.class, () -> Bodies.fromBase64("Hello from Lambda!"));
        assertEquals(400, e.status());
    }

    @Test
    void pathsArePercentDecodedButPlusStays() {
        assertEquals("/a b/c+d/é", Bodies.decodePath("/a%20b/c+d/%C3%A9"));
        assertEquals("/100%", Bodies.decodePath("/100%"));
        assertEquals("/plain", Bodies.decodePath("/plain"));
    }
}
