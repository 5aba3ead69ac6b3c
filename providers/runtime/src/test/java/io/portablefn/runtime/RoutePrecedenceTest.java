package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutePrecedenceTest {

    private static PathTemplate t(String template) {
        return PathTemplate.parse(template);
    }

    @Test
    void literalBeatsParameterBeatsGreedyFromTheLeft() {
        List<PathTemplate> templates = new ArrayList<>(List.of(t("/files/{rest+}"), t("/{all+}"), t("/files/{name}/v"),
                t("/files/readme"), t("/files/{name}/{v}")));
        templates.sort(RoutePrecedence.ORDER);

        assertEquals("[/files/readme, /files/{name}/v, /files/{name}/{v}, /files/{rest+}, /{all+}]",
                templates.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "/files/readme, /files/{rest+}",
        "/files/{name}/v, /files/{rest+}",
        "/files/{rest+}, /{all+}",
        "/a/{x}, /a/b/{rest+}",
        "/a/b, /{x}/{y}",
        "/orders/{id}, /customers/{id}",
        "/files/{rest+}, /other/{rest+}",
        "/files/{name}/{v}, /files/{rest+}",
        "/{x}, /files/{rest+}",
    })
    void templatesOrderedAlikeEverywhereMayLiveTogether(String a, String b) {
        assertNull(RoutePrecedence.conflict(t(a), t(b)));
        assertNull(RoutePrecedence.conflict(t(b), t(a)));
    }

    @ParameterizedTest
    @CsvSource({
        "/a/{x}, /a/{y}, same paths",
        "/Files/{x}, /files/{y}, letter case",
        "/greet, /greet, same paths",
        "/a/{x}, /{y}/b, more specific than the other",
        "/a/{rest+}, /{x}/b, more specific than the other",
        "/files, /files/{rest+}, empty remainder",
        "/files/{id}, /files/{rest+}, ranks equally",
        "/{x}, /{all+}, ranks equally",
    })
    void templatesCloudsWouldRouteDifferentlyConflict(String a, String b, String why) {
        assertNotNull(RoutePrecedence.conflict(t(a), t(b)));
        assertTrue(RoutePrecedence.conflict(t(b), t(a)).contains(why), RoutePrecedence.conflict(t(b), t(a)));
    }

    @Test
    void conflictsNeedAMethodInCommonAndNameBothFunctions() {
        var read = new RoutePrecedence.Route("read", Set.of("GET"), t("/files/{id}"));
        var write = new RoutePrecedence.Route("write", Set.of("PUT"), t("/files/{rest+}"));
        var list = new RoutePrecedence.Route("list", Set.of("GET", "PUT"), t("/files/{rest+}"));

        assertEquals(List.of(), RoutePrecedence.conflicts(List.of(read, write)));
        List<String> conflicts = RoutePrecedence.conflicts(List.of(read, write, list));
        assertEquals(2, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).contains("'read' (GET /files/{id})") && conflicts.get(0).contains("'list'"),
                conflicts.get(0));
        assertTrue(conflicts.get(1).contains("'write' (PUT /files/{rest+})"), conflicts.get(1));
    }
}
