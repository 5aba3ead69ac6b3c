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

/** A greedy last parameter, {@code {rest+}}: what it takes, and where it is refused. */
class PathTemplateGreedyTest {

    private final PathTemplate files = PathTemplate.parse("/files/{rest+}");

    @Test
    void takesTheRestOfThePathSlashesIncluded() {
        assertEquals(Map.of("rest", "a"), files.match("/files/a"));
        assertEquals(Map.of("rest", "a/b/c.txt"), files.match("/files/a/b/c.txt"));
        assertEquals(Map.of("rest", "a/"), files.match("/files/a/"));
        assertEquals(Map.of("rest", "a b/%41+"), files.match("/files/a b/%41+"));
        assertEquals(Map.of("rest", "a//b"), files.match("/files/a//b"));
    }

    @Test
    void theParentWithOrWithoutSlashIsTheEmptyRemainder() {
        assertEquals(Map.of("rest", ""), files.match("/files"));
        assertEquals(Map.of("rest", ""), files.match("/files/"));
        assertNull(files.match("/filesx"));
        assertNull(files.match("/file"));
        assertNull(files.match("/"));
    }

    @Test
    void parametersBeforeItAreWholeSegmentsAsEver() {
        PathTemplate tree = PathTemplate.parse("/repos/{owner}/tree/{path+}");
        assertEquals(Map.of("owner", "me", "path", "src/main"), tree.match("/repos/me/tree/src/main"));
        assertEquals(Map.of("owner", "me", "path", ""), tree.match("/repos/me/tree"));
        assertNull(tree.match("/repos//tree/x"));
        assertEquals(List.of("owner", "path"), tree.parameterNames());
    }

    @Test
    void atTheRootItTakesEveryPath() {
        PathTemplate all = PathTemplate.parse("/{all+}");
        assertEquals(Map.of("all", ""), all.match("/"));
        assertEquals(Map.of("all", "x/y"), all.match("/x/y"));
        assertEquals("/", all.parent());
        assertEquals("{*all}", all.aspNetRoute());
    }

    @Test
    void describesItselfForEachCloud() {
        assertTrue(files.isGreedy());
        assertEquals(1, files.fixedSegments());
        assertEquals("/files", files.parent());
        assertEquals("files/{*rest}", files.aspNetRoute());
        assertEquals("orders/{id}", PathTemplate.parse("/orders/{id}").aspNetRoute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/{rest+}/files", "/a/{rest+}/{id}"})
    void aGreedyParameterAnywhereButLastIsRefused(String template) {
        PathTemplateException e = assertThrows(PathTemplateException.class, () -> PathTemplate.parse(template));
        assertEquals(PathTemplateException.Kind.GREEDY_NOT_LAST, e.kind());
        assertTrue(e.getMessage().contains("must be the last segment"), e.getMessage());
    }

    @Test
    void twoGreedyParametersAreRefused() {
        PathTemplateException e = assertThrows(PathTemplateException.class,
                () -> PathTemplate.parse("/a/{first+}/{second+}"));
        assertEquals(PathTemplateException.Kind.SEVERAL_GREEDY, e.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/{+}", "/a/{rest++}", "/a/x{rest+}", "/a/{rest+", "/a/{1rest+}"})
    void malformedGreedyParametersAreRefused(String template) {
        PathTemplateException e = assertThrows(PathTemplateException.class, () -> PathTemplate.parse(template));
        assertEquals(PathTemplateException.Kind.MALFORMED, e.kind(), e.getMessage());
    }
}
