package io.portablefn.aws;

import static io.portablefn.aws.Events.decode;
import static io.portablefn.aws.Events.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portablefn.api.HttpException;
import io.portablefn.api.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestDecoderTest {

    @Test
    void restV1DecodesPathAndReadsMultiValueQueryAndRepeatedHeaders() {
        HttpRequest request = decode("""
                {"resource":"/{proxy+}","path":"/files/a%20b+c","httpMethod":"post",
                 "headers":{"X-Multi":"two","Content-Type":"text/plain"},
                 "multiValueHeaders":{"X-Multi":["one","two"],"Content-Type":["text/plain"]},
                 "queryStringParameters":{"tag":"b"},
                 "multiValueQueryStringParameters":{"tag":["a","b"],"q":["café au lait"]},
                 "requestContext":{"requestId":"req-1","stage":"prod"},
                 "body":"héllo ✓","isBase64Encoded":false}
                """);
        assertEquals("POST", request.method());
        assertEquals("/files/a b+c", request.path());
        assertEquals(List.of("a", "b"), request.query().all("tag"));
        assertEquals("café au lait", request.query().first("q").orElseThrow());
        assertEquals("one,two", request.headers().get("x-multi").orElseThrow());
        assertEquals("héllo ✓", request.bodyAsString());
        assertEquals("req-1", request.requestId());
    }

    @Test
    void restV1FallsBackToSingleValueMapsAndToleratesNulls() {
        HttpRequest request = decode("""
                {"path":"/p","httpMethod":"GET","headers":{"Accept":"*/*"},"multiValueHeaders":null,
                 "queryStringParameters":{"a":"1 2"},"multiValueQueryStringParameters":null,
                 "requestContext":{"requestId":"r"},"body":null}
                """);
        assertEquals("1 2", request.query().first("a").orElseThrow());
        assertEquals("*/*", request.headers().get("accept").orElseThrow());
        assertEquals(0, request.body().length);

        HttpRequest nulls = decode("""
                {"path":"/p","httpMethod":"GET","headers":null,"queryStringParameters":null,"body":null}
                """);
        assertEquals("/p", nulls.path());
        assertEquals(Map.of(), nulls.headers().toMap());
    }

    @Test
    void base64BodyIsUndoneAndInvalidBase64IsA400() {
        HttpRequest request = decode("""
                {"path":"/","httpMethod":"POST","body":"AAH/gA==","isBase64Encoded":true}
                """);
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff, (byte) 0x80}, request.body());

        HttpException bad = assertThrows(HttpException.class, () -> decode("""
                {"path":"/","httpMethod":"POST","body":"not base64!","isBase64Encoded":true}
                """));
        assertEquals(400, bad.status());
    }

    @Test
    void httpApiV2ReadsRawPathRawQueryCommaJoinedHeadersAndCookies() {
        String event = """
                {"version":"2.0","routeKey":"$default","rawPath":"/files/a b+c/d",
                 "rawQueryString":"tag=a&tag=b&q=caf%C3%A9+au+lait&empty",
                 "cookies":["s=1","theme=dark"],
                 "headers":{"x-multi":"one,two","content-type":"application/json"},
                 "queryStringParameters":{"tag":"a,b"},
                 "requestContext":{"requestId":"v2-id","stage":"$default",
                   "domainName":"abc.execute-api.us-east-1.amazonaws.com",
                   "http":{"method":"PUT","path":"/files/a b+c/d"}},
                 "body":"eyJrIjoiduKckyJ9","isBase64Encoded":true}
                """;
        assertEquals(EventShape.HTTP_API_V2, shape(event));
        HttpRequest request = decode(event);
        assertEquals("PUT", request.method());
        assertEquals("/files/a b+c/d", request.path());
        assertEquals(List.of("a", "b"), request.query().all("tag"));
        assertEquals("café au lait", request.query().first("q").orElseThrow());
        assertEquals("", request.query().first("empty").orElseThrow());
        assertEquals(List.of("one", "two"), request.headers().all("x-multi"));
        assertEquals("s=1; theme=dark", request.headers().get("cookie").orElseThrow());
        assertEquals("dark", request.cookie("theme").orElseThrow());
        assertEquals("{\"k\":\"v✓\"}", request.bodyAsString());
        assertEquals("v2-id", request.requestId());
    }

    @Test
    void httpApiV2StripsANamedStageFromRawPath() {
        String named = """
                {"version":"2.0","rawPath":"/prod/orders/1","rawQueryString":"",
                 "requestContext":{"stage":"prod","http":{"method":"GET"}}}
                """;
        assertEquals("/orders/1", decode(named).path());
        assertEquals("/", decode(named.replace("/prod/orders/1", "/prod")).path());
        // Only a whole leading segment is the stage.
        assertEquals("/production/x", decode(named.replace("/prod/orders/1", "/production/x")).path());
        assertEquals("/prod/orders/1", decode(named.replace("\"prod\"", "\"$default\"")).path());
    }

    @Test
    void functionUrlIsDetectedAndKeepsItsCookieHeaderOnce() {
        String event = """
                {"version":"2.0","rawPath":"/prod/x","rawQueryString":"a=1",
                 "cookies":["foo=bar","hello=hello"],
                 "headers":{"cookie":"foo=bar; hello=hello","accept":"*/*"},
                 "requestContext":{"requestId":"url-id","stage":"prod","domainName":"abc.lambda-url.eu-west-1.on.aws",
                   "http":{"method":"POST"}}}
                """;
        assertEquals(EventShape.FUNCTION_URL, shape(event));
        HttpRequest request = decode(event);
        assertEquals("/prod/x", request.path()); // Function URLs have no stages
        assertEquals("foo=bar; hello=hello", request.headers().get("cookie").orElseThrow());
        assertEquals("url-id", request.requestId());
    }

    @Test
    void albSingleValueRebuildsTheStillEncodedQuery() {
        String event = """
                {"requestContext":{"elb":{"targetGroupArn":"arn:x"}},"httpMethod":"GET","path":"/files/a%20b",
                 "queryStringParameters":{"q":"caf%C3%A9+au","next":"%3Fa%3D1"},
                 "headers":{"x-amzn-trace-id":"Root=1-abc","x-multi":"two"},
                 "body":"","isBase64Encoded":false}
                """;
        assertEquals(EventShape.ALB, shape(event));
        HttpRequest request = decode(event);
        assertEquals("/files/a b", request.path());
        assertEquals("café au", request.query().first("q").orElseThrow());
        assertEquals("?a=1", request.query().first("next").orElseThrow());
        assertEquals("Root=1-abc", request.requestId());
    }

    @Test
    void albMultiValueReadsRepeatedQueryKeysAndHeaderLines() {
        String event = """
                {"requestContext":{"elb":{"targetGroupArn":"arn:x"}},"httpMethod":"POST","path":"/",
                 "multiValueQueryStringParameters":{"k":["%3Fx","y%20z"]},
                 "multiValueHeaders":{"cookie":["a=1","b=2"],"X-Amzn-Trace-Id":["Root=1-def"],"accept":["a/b","c/d"]},
                 "body":"w7xiZXI=","isBase64Encoded":true}
                """;
        assertEquals(EventShape.ALB_MULTI_VALUE, shape(event));
        HttpRequest request = decode(event);
        assertEquals(List.of("?x", "y z"), request.query().all("k"));
        assertEquals("a=1; b=2", request.headers().get("cookie").orElseThrow());
        assertEquals(List.of("a/b", "c/d"), request.headers().all("accept"));
        assertEquals("Root=1-def", request.requestId());
        assertEquals("über", request.bodyAsString());
    }

    @Test
    void eventsOfNoHttpShapeAreRecognisedAsSuch() {
        assertNull(shape("{\"Records\":[{\"eventSource\":\"aws:sqs\"}]}"));
        assertNull(shape("{\"version\":\"0\",\"detail-type\":\"Scheduled Event\"}"));
        assertNull(shape("{\"version\":\"2.0\",\"rawPath\":\"/\"}"));
        assertNull(shape("[1,2]"));
        assertNull(shape("\"text\""));
        assertNull(shape("{\"requestContext\":{\"elb\":{}}}"));
    }
}
