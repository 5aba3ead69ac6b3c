package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {

    @Test
    void matchesLiteralsAndWholeSegmentParameters() {
        PathTemplate template = PathTemplate.parse("/orders/{id}/items/{item}");
        assertEquals(Map.of("id", "a b", "item", "7"), template.match("/orders/a b/items/7"));
        assertNull(template.match("/orders/1/items"));
        assertNull(template.match("/orders//items/7"));
        assertNull(template.match("/Orders/1/items/7"));
        assertNull(template.match("/orders/1/items/7/"));
        assertEquals(List.of("id", "item"), template.parameterNames());
        assertEquals(Map.of(), PathTemplate.parse("/").match("/"));
        assertNull(PathTemplate.parse("/").match("/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "/orders/", "/a//b", "/a/{id}/{id}", "/a/{id", "/a/x{id}", "/a b", "/{1x}"})
    void rejectsInvalidTemplatesSayingWhatIsAllowed(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse(template));
        assertTrue(e.getMessage().contains("e.g. /orders/{id}/items"), e.getMessage());
    }
}
