package io.portablefn.aws;

import static io.portablefn.aws.Events.decode;
import static io.portablefn.aws.Events.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each front door's path is decoded exactly once: REST, Function URL and ALB send it as the client
 * did (encoded), HTTP APIs send it already decoded (docs/mapping.md §1). The client's path in
 * every test below is {@code /a%2541/b%20c+d/caf%C3%A9}, whose one decoding is
 * {@code /a%41/b c+d/café}.
 */
class PathDecodingTest {

    private static final String ONCE = "/a%41/b c+d/café";

    @Test
    void restApiPathIsEncodedAndDecodedOnce() {
        String event = """
                {"resource":"/{proxy+}","path":"/a%2541/b%20c+d/caf%C3%A9","httpMethod":"GET",
                 "requestContext":{"requestId":"r","stage":"prod","resourceId":"abc123"}}
                """;
        assertEquals(EventShape.REST_V1, shape(event));
        assertEquals(ONCE, decode(event).path());
    }

    @Test
    void httpApiPayload1IsToldFromRestByItsVersionAndNotDecodedAgain() {
        String event = """
                {"version":"1.0","resource":"$default","path":"/a%41/b c+d/café","httpMethod":"GET",
                 "multiValueHeaders":{"x-t":["1"]},
                 "requestContext":{"requestId":"r","stage":"$default","resourceId":null}}
                """;
        assertEquals(EventShape.HTTP_API_V1, shape(event));
        assertEquals(ONCE, decode(event).path());
        assertEquals("1", decode(event).headers().get("x-t").orElseThrow());
    }

    @Test
    void httpApiPayload1DropsANamedStageAsPayload2Does() {
        String event = """
                {"version":"1.0","path":"/dev/orders/a b","httpMethod":"GET",
                 "requestContext":{"requestId":"r","stage":"dev"}}
                """;
        assertEquals("/orders/a b", decode(event).path());
        // REST never puts the stage in path: a first segment named like it stays.
        assertEquals("/dev/orders/a b", decode(event.replace("\"version\":\"1.0\",", "")).path());
    }

    @Test
    void httpApiPayload2RawPathIsAlreadyDecoded() {
        String event = """
                {"version":"2.0","rawPath":"/a%41/b c+d/café","rawQueryString":"",
                 "requestContext":{"stage":"$default","domainName":"abc.execute-api.us-east-1.amazonaws.com",
                   "http":{"method":"GET","path":"/a%41/b c+d/café"}}}
                """;
        assertEquals(EventShape.HTTP_API_V2, shape(event));
        assertEquals(ONCE, decode(event).path());
    }

    @Test
    void functionUrlRawPathIsEncodedAndDecodedOnce() {
        String event = """
                {"version":"2.0","rawPath":"/a%2541/b%20c+d/caf%C3%A9","rawQueryString":"",
                 "requestContext":{"stage":"$default","domainName":"abc.lambda-url.eu-west-1.on.aws",
                   "http":{"method":"GET","path":"/a%2541/b%20c+d/caf%C3%A9"}}}
                """;
        assertEquals(EventShape.FUNCTION_URL, shape(event));
        assertEquals(ONCE, decode(event).path());
    }

    @Test
    void albPathIsEncodedAndDecodedOnce() {
        String event = """
                {"requestContext":{"elb":{"targetGroupArn":"arn"}},"httpMethod":"GET",
                 "path":"/a%2541/b%20c+d/caf%C3%A9","headers":{},"queryStringParameters":{}}
                """;
        assertEquals(EventShape.ALB, shape(event));
        assertEquals(ONCE, decode(event).path());
    }

    @Test
    void anEncodedSlashBecomesASeparatorOnEveryFrontDoor() {
        assertEquals("/files/a/b", decode("""
                {"path":"/files/a%2Fb","httpMethod":"GET","requestContext":{"requestId":"r"}}
                """).path());
        // HTTP API has decoded it already: the function cannot tell, and gets the same path.
        assertEquals("/files/a/b", decode("""
                {"version":"2.0","rawPath":"/files/a/b","rawQueryString":"",
                 "requestContext":{"stage":"$default","http":{"method":"GET"}}}
                """).path());
    }
}
