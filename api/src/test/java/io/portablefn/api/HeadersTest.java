package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void separateLinesAndCommaJoinedLinesReadTheSame() {
        Headers lines = Headers.builder().add("X-A", "1").add("x-a", "2").build();
        Headers joined = Headers.builder().add("x-a", "1,2").build();
        assertEquals(Optional.of("1,2"), lines.get("X-A"));
        assertEquals(lines.get("x-a"), joined.get("x-a"));
        assertEquals(List.of("1", "2"), lines.all("x-a"));
        assertEquals(lines.all("x-a"), joined.all("x-a"));
    }

    @Test
    void listElementsSplitOutsideQuotesAndTrim() {
        Headers headers = Headers.builder().add("x-list", " a , \"b,c\" ,, d ").build();
        assertEquals(List.of("a", "\"b,c\"", "d"), headers.all("x-list"));
    }

    @Test
    void namesAreLowerCaseAndCookieLinesJoinWithSemicolons() {
        Headers headers = Headers.builder().add("Cookie", "a=1").add("COOKIE", "b=2").build();
        assertEquals(List.of("cookie"), List.copyOf(headers.names()));
        assertEquals(Optional.of("a=1; b=2"), headers.get("cookie"));
        assertTrue(headers.all("absent").isEmpty());
    }
}
