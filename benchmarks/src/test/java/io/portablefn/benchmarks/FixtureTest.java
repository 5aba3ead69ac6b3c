package io.portablefn.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.benchmarks.cold.Variant;
import org.junit.jupiter.api.Test;

/** The POJO and Map variants get the record variant's event with only its path changed. */
class FixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anotherPathChangesTheRouteKeyAndBothPathsAndNothingElse() throws Exception {
        JsonNode original = JSON.readTree(Fixture.HTTP_API_V2_EVENT);
        for (Variant.Body body : Variant.Body.values()) {
            JsonNode moved = JSON.readTree(Fixture.httpApiV2Event(body.path));
            assertEquals("POST " + body.path, moved.path("routeKey").asText());
            assertEquals(body.path, moved.path("rawPath").asText());
            assertEquals(body.path, moved.at("/requestContext/http/path").asText());
            assertEquals("POST " + body.path, moved.at("/requestContext/routeKey").asText());
            ((ObjectNode) moved).put("routeKey", "POST /greet").put("rawPath", "/greet");
            ((ObjectNode) moved.path("requestContext"))
                    .put("routeKey", "POST /greet");
            ((ObjectNode) moved.at("/requestContext/http")).put("path", "/greet");
            assertEquals(original, moved, body + " changed more than the path");
        }
        assertArrayEquals(Fixture.HTTP_API_V2_EVENT, Fixture.httpApiV2Event(Fixture.PATH));
    }
}
