package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.azure.WorkerContext;
import io.portablefn.testkit.azure.WorkerRequest;
import io.portablefn.testkit.azure.WorkerResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A greedy template on Azure: the route prefix is dropped from the left, the rest is the function's path. */
class AzureGreedyPathTest {

    private static final HttpFunction TREE = HttpFunction.raw("tree", 30, "/files/{rest+}", EnumSet.of(HttpMethod.GET),
            (request, context) -> HttpResponse.ok().header("x-path", request.path())
                    .text(request.pathParameter("rest").orElseThrow()));

    private static WorkerResponse get(HttpFunction function, String url) {
        return (WorkerResponse) new AzureHttpAdapter(function).handle(
                new WorkerRequest<>("GET", url, Map.of(), Map.of(), Optional.<String>empty()),
                new WorkerContext("inv", function.name(), Logger.getLogger("test")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://app.net/api/files/a/b.txt | /files/a/b.txt | a/b.txt",
        "https://app.net/api/files/a%2Fb/c%20d | /files/a/b/c d | a/b/c d",
        "https://app.net/api/files/a/ | /files/a/ | a/",
        "https://app.net/api/files | /files | ''",
        "https://app.net/api/files/ | /files/ | ''",
    })
    void theRemainderFollowsTheDefaultPrefix(String url, String path, String rest) {
        WorkerResponse response = get(TREE, url);
        assertEquals(200, response.getStatusCode());
        assertEquals(path, response.headers().get("x-path"));
        assertEquals(rest, new String((byte[]) response.getBody(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void atTheRootEveryPathBelowThePrefix() {
        HttpFunction all = HttpFunction.raw("all", 30, "/{all+}", EnumSet.of(HttpMethod.GET),
                (request, context) -> HttpResponse.ok().header("x-path", request.path()).build());
        assertEquals("/", get(all, "https://app.net/api").headers().get("x-path"));
        assertEquals("/", get(all, "https://app.net/api/").headers().get("x-path"));
        assertEquals("/x/y", get(all, "https://app.net/api/x/y").headers().get("x-path"));
    }

    @Test
    void thePrefixComesFromTheAppSettingThatOverridesHostJson() {
        assertEquals(1, RoutePrefix.segments(Map.of()));
        assertEquals(0, RoutePrefix.segments(Map.of(RoutePrefix.SETTING, "")));
        assertEquals(2, RoutePrefix.segments(Map.of(RoutePrefix.SETTING, "/v1/fn/")));
        assertEquals(3, RoutePrefix.pathSegments("/v1/fn/files/a/b/", 2));
        assertEquals(0, RoutePrefix.pathSegments("/api", 1));
    }
}
