package io.portablefn.aws;

import static io.portablefn.aws.Events.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Context;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AwsHttpAdapterTest {

    private static final String V1_EVENT = """
            {"path":"/hello","httpMethod":"GET","requestContext":{"requestId":"api-req"},"body":null}
            """;

    private final AwsHttpAdapter hello = new AwsHttpAdapter(Events.answering("/hello", HttpResponse.ok().text("hi")));

    @Test
    void answersInTheShapeOfTheRequest() {
        JsonNode v1 = run(hello, V1_EVENT, null);
        assertEquals(200, v1.get("statusCode").asInt());
        assertTrue(v1.has("multiValueHeaders"));
        assertEquals("hi", v1.get("body").asText());

        JsonNode alb = run(hello, """
                {"requestContext":{"elb":{}},"httpMethod":"GET","path":"/hello","headers":{}}
                """, null);
        assertEquals("200 OK", alb.get("statusDescription").asText());
    }

    @Test
    void notJsonOrNoHttpShapeIsA400InTheV2ShapeNamingTheAcceptedShapes() {
        for (String event : new String[] {"not json", "", "{\"Records\":[]}", "[]", "{\"path\":"}) {
            JsonNode answer = run(hello, event, null);
            assertEquals(400, answer.get("statusCode").asInt(), event);
            assertEquals("application/problem+json", answer.at("/headers/content-type").asText(), event);
            assertFalse(answer.get("isBase64Encoded").asBoolean());
            String body = answer.get("body").asText();
            assertTrue(body.contains("Application Load Balancer") && body.contains("Function URL"), body);
            assertFalse(body.contains("Exception"), body);
        }
    }

    @Test
    void invalidBase64IsA400InTheRequestsShape() {
        JsonNode answer = run(hello, """
                {"path":"/hello","httpMethod":"POST","body":"Hello from Lambda!","isBase64Encoded":true,
                 "requestContext":{"requestId":"x"}}
                """, null);
        assertEquals(400, answer.get("statusCode").asInt());
        assertEquals("application/problem+json", answer.at("/multiValueHeaders/content-type/0").asText());
        assertTrue(answer.get("body").asText().contains("base64"));
    }

    @Test
    void routingAnswersOtherPathsWith404() {
        JsonNode answer = run(hello, V1_EVENT.replace("/hello", "/other"), null);
        assertEquals(404, answer.get("statusCode").asInt());
    }

    @Test
    void contextComesFromTheLambdaContext() {
        AtomicReference<Context> seen = new AtomicReference<>();
        HttpFunction function = HttpFunction.raw("ctx-fn", 30, "/hello", EnumSet.of(HttpMethod.GET),
                (request, context) -> {
                    seen.set(context);
                    context.logger().warn("careful");
                    return HttpResponse.ok().text(request.requestId());
                });
        List<String> lines = new CopyOnWriteArrayList<>();
        FakeLambdaContext lambda = new FakeLambdaContext("lambda-req", "test", Duration.ofMillis(5_000), lines::add);
        JsonNode answer = run(new AwsHttpAdapter(function), V1_EVENT, lambda);
        assertEquals("api-req", answer.get("body").asText());
        Context context = seen.get();
        assertEquals(Provider.AWS, context.provider());
        assertEquals("lambda-req", context.invocationId());
        assertEquals("ctx-fn", context.functionName());
        Duration left = Duration.between(Instant.now(), context.deadline());
        assertTrue(left.toMillis() > 3_000 && left.toMillis() <= 5_000, left.toString());
        assertTrue(lines.contains("WARN function=ctx-fn invocation=lambda-req trace=" + context.traceContext().traceId()
                + " careful"), lines.toString());
    }

    @Test
    void withoutALambdaContextTheDeadlineIsTheDeclaredTimeout() {
        AtomicReference<Context> seen = new AtomicReference<>();
        HttpFunction function = HttpFunction.raw("ctx-fn", 30, "/hello", EnumSet.of(HttpMethod.GET),
                (request, context) -> {
                    seen.set(context);
                    return HttpResponse.noContent();
                });
        run(new AwsHttpAdapter(function), V1_EVENT.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("api-req", seen.get().invocationId());
        long left = Duration.between(Instant.now(), seen.get().deadline()).getSeconds();
        assertTrue(left > 25 && left <= 30, String.valueOf(left));
    }

    @Test
    void aThrowingHandlerIsA500WithoutItsMessage() {
        HttpFunction failing = HttpFunction.raw("boom", 30, "/hello", EnumSet.of(HttpMethod.GET),
                (request, context) -> {
                    throw new IllegalStateException("secret detail");
                });
        List<String> lines = new CopyOnWriteArrayList<>();
        FakeLambdaContext lambda = new FakeLambdaContext("req-500", "test", Duration.ofMillis(5_000), lines::add);
        JsonNode answer = run(new AwsHttpAdapter(failing), V1_EVENT, lambda);
        assertEquals(500, answer.get("statusCode").asInt());
        assertFalse(answer.get("body").asText().contains("secret"));
        assertTrue(answer.get("body").asText().contains("req-500"));
        assertTrue(lines.stream().anyMatch(line -> line.contains("secret detail")));
    }
}
