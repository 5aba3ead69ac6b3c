package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edges of matching a path in place: whole segments only, no empty parameter, no extra slash. */
class PathTemplateMatchTest {

    @Test
    void literalsMatchWholeSegmentsOnly() {
        PathTemplate greet = PathTemplate.parse("/greet");
        assertEquals(Map.of(), greet.match("/greet"));
        assertNull(greet.match("/gree"));
        assertNull(greet.match("/greeting"));
        assertNull(greet.match("/greet/"));
        assertNull(greet.match("/"));
        assertNull(greet.match("//greet"));
    }

    @Test
    void parametersTakeOneNonEmptySegment() {
        PathTemplate item = PathTemplate.parse("/a/{id}");
        assertEquals(Map.of("id", "x y"), item.match("/a/x y"));
        assertNull(item.match("/a/"));
        assertNull(item.match("/a"));
        assertNull(item.match("/a/x/"));
        assertNull(item.match("/a/x/y"));
        assertEquals(Map.of("first", "1", "second", "2"), PathTemplate.parse("/{first}/{second}").match("/1/2"));
    }
}
