package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.StreamLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseEncoderTest {

    private static final HttpResponse TWO_COOKIES = HttpResponse.status(201)
            .header("X-Multi", "one").header("x-multi", "two")
            .cookie("a=1; Path=/; HttpOnly").cookie("b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT")
            .text("héllo");

    private static final HttpResponse BINARY = HttpResponse.ok().contentType("image/png")
            .bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private JsonNode encode(HttpResponse response, EventShape shape) throws IOException {
        byte[] json = ResponseEncoder.encode(response, shape, new InvocationContext(Provider.AWS, "inv", "test",
                Instant.now().plusSeconds(30), new StreamLogger(new PrintStream(log, true, StandardCharsets.UTF_8), "test")));
        return Events.MAPPER.readTree(json);
    }

    @Test
    void restV1WritesMultiValueHeadersWithEverySetCookie() throws IOException {
        JsonNode json = encode(TWO_COOKIES, EventShape.REST_V1);
        assertEquals(encode(TWO_COOKIES, EventShape.HTTP_API_V1), json, "HTTP API 1.0 answers as REST does");
        assertEquals(201, json.get("statusCode").asInt());
        assertEquals("[\"one\",\"two\"]", json.at("/multiValueHeaders/x-multi").toString());
        assertEquals("[\"a=1; Path=/; HttpOnly\",\"b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT\"]",
                json.at("/multiValueHeaders/set-cookie").toString());
        assertEquals(TWO_COOKIES.header("content-type").orElseThrow(),
                json.at("/multiValueHeaders/content-type/0").asText());
        assertFalse(json.has("headers"));
        assertEquals("héllo", json.get("body").asText());
        assertFalse(json.get("isBase64Encoded").asBoolean());
    }

    @Test
    void httpApiAndFunctionUrlJoinHeadersWithCommaSpaceAndListCookies() throws IOException {
        for (EventShape shape : new EventShape[] {EventShape.HTTP_API_V2, EventShape.FUNCTION_URL}) {
            JsonNode json = encode(TWO_COOKIES, shape);
            assertEquals(201, json.get("statusCode").asInt());
            assertEquals("one, two", json.at("/headers/x-multi").asText());
            assertFalse(json.at("/headers").has("set-cookie"));
            assertEquals(2, json.get("cookies").size());
            assertEquals("b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT", json.at("/cookies/1").asText());
            assertFalse(json.has("multiValueHeaders"));
            assertEquals("héllo", json.get("body").asText());
        }
    }

    @Test
    void albAddsStatusDescriptionAndMatchesTheHeaderMode() throws IOException {
        JsonNode multi = encode(TWO_COOKIES, EventShape.ALB_MULTI_VALUE);
        assertEquals("201 Created", multi.get("statusDescription").asText());
        assertEquals(2, multi.at("/multiValueHeaders/set-cookie").size());
        assertFalse(multi.has("headers"));

        JsonNode single = encode(TWO_COOKIES, EventShape.ALB);
        assertEquals("201 Created", single.get("statusDescription").asText());
        assertEquals("one, two", single.at("/headers/x-multi").asText());
        assertEquals("a=1; Path=/; HttpOnly", single.at("/headers/set-cookie").asText());
        assertFalse(single.has("multiValueHeaders"));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("Enable multi-value headers"));
    }

    @Test
    void binaryBodiesGoOutBase64InEveryShape() throws IOException {
        for (EventShape shape : EventShape.values()) {
            JsonNode json = encode(BINARY, shape);
            assertEquals("iVBORwA=", json.get("body").asText(), shape.name());
            assertTrue(json.get("isBase64Encoded").asBoolean(), shape.name());
        }
    }

    @Test
    void noBodyIsAnEmptyTextBody() throws IOException {
        JsonNode json = encode(HttpResponse.noContent(), EventShape.HTTP_API_V2);
        assertEquals(204, json.get("statusCode").asInt());
        assertEquals("", json.get("body").asText());
        assertFalse(json.get("isBase64Encoded").asBoolean());
        assertEquals(0, json.get("headers").size());
    }
}
