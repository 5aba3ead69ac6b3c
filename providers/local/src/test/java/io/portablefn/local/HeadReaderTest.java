package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request heads and bodies decoded from bytes in memory, without a socket. */
class HeadReaderTest {

    private static final ServerSettings LIMITS = ServerSettings.defaults(0);

    private static ConnectionInput bytes(String text) {
        return new ConnectionInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), millis -> { });
    }

    private static RequestHead head(String text) throws Exception {
        return HeadReader.read(bytes(text), LIMITS);
    }

    @Test
    void keepsHeaderLinesInOrderWithTheirValuesTrimmed() throws Exception {
        RequestHead head = head("\r\nPOST /a/b?x=1&x=2 HTTP/1.1\r\nHost: h\r\nX-B:  2 \r\nx-a:\t1\r\nX-B: 3\r\n\r\n");
        assertEquals("POST", head.method());
        assertEquals("/a/b", head.rawPath());
        assertEquals("x=1&x=2", head.rawQuery());
        assertTrue(head.http11());
        assertEquals(List.of(Map.entry("Host", "h"), Map.entry("X-B", "2"), Map.entry("x-a", "1"), Map.entry("X-B", "3")),
                head.headers());
        assertEquals(List.of("2", "3"), head.all("x-b"));
    }

    @Test
    void acceptsBareLineFeedsAndTheAbsoluteForm() throws Exception {
        RequestHead head = head("GET http://example.test:8080/p%20q?r#frag HTTP/1.0\nHost: h\n\n");
        assertEquals("/p%20q?r", head.target());
        assertFalse(head.http11());
        assertFalse(head.keepAlive());
        assertEquals("/", head("GET http://example.test HTTP/1.1\r\nHost: h\r\n\r\n").target());
    }

    @Test
    void anEmptyConnectionIsNoRequestAndAHeadCutShortIsAnEndOfStream() throws Exception {
        assertNull(head(""));
        assertThrows(EOFException.class, () -> head("GET / HTTP/1.1\r\nHost: h\r\n"));
    }

    @Test
    void connectionCloseEndsKeepAlive() throws Exception {
        assertTrue(head("GET / HTTP/1.1\r\nHost: h\r\n\r\n").keepAlive());
        assertFalse(head("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\n").keepAlive());
    }

    @Test
    void readsContentLengthAndChunkedBodies() throws Exception {
        ConnectionInput in = bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
                + "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n1\r\nf\r\n0\r\n\r\n");
        ByteArrayOutputStream nothingWritten = new ByteArrayOutputStream();
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII),
                BodyReader.read(HeadReader.read(in, LIMITS), in, nothingWritten, LIMITS));
        assertArrayEquals("def".getBytes(StandardCharsets.US_ASCII),
                BodyReader.read(HeadReader.read(in, LIMITS), in, nothingWritten, LIMITS));
        assertNull(HeadReader.read(in, LIMITS));
        assertEquals(0, nothingWritten.size());
    }

    @Test
    void sameContentLengthTwiceIsOneLengthAndDifferentOnesAreRefused() throws Exception {
        ConnectionInput same = bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 1\r\nContent-Length: 1\r\n\r\nz");
        assertEquals(1, BodyReader.read(HeadReader.read(same, LIMITS), same, new ByteArrayOutputStream(), LIMITS).length);
        ConnectionInput different = bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nzz");
        ProtocolFailure refused = assertThrows(ProtocolFailure.class, () -> BodyReader.read(
                HeadReader.read(different, LIMITS), different, new ByteArrayOutputStream(), LIMITS));
        assertEquals(400, refused.status());
    }
}
