package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway HTTP API, {@code $default} route and stage, with the integration's payload format
 * set to 1.0 (API Gateway developer guide, "Create AWS Lambda proxy integrations for HTTP APIs",
 * payload format 1.0). The event has REST's fields plus {@code version: "1.0"}, which REST never
 * sends (aws/aws-lambda-java-libs pull request 258, aws/aws-lambda-go pull request 280). What
 * it reproduces, where it differs from {@link RestApiFront}:
 * <ul>
 *   <li>{@code path} already percent-DECODED and cut at a decoded {@code ?}, as HTTP APIs do for
 *       both payload formats (middleapi/standard-server pull request 93);
 *   <li>header names lower-case; the Cookie header stays a header (1.0 has no {@code cookies});
 *   <li>a body whose content type is not text arrives base64, as with payload 2.0;
 *   <li>an invocation error is a 500 {@code {"message":"Internal Server Error"}}.
 * </ul>
 * The answer is read as REST's: {@code headers} and {@code multiValueHeaders} merged.
 */
final class HttpApiV1Front implements Front {

    private final RestApiFront answers = new RestApiFront();

    @Override
    public ObjectNode event(WireRequest request) {
        ObjectNode event = Wire.JSON.createObjectNode();
        event.put("version", "1.0");
        event.put("resource", "$default");
        String path = HttpApiFront.decodedPath(request);
        event.put("path", path);
        event.put("httpMethod", request.method());
        Wire.putPayloadV1Parameters(event, request, true);
        event.putNull("pathParameters");
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "abcdef1234");
        context.put("domainName", "abcdef1234.execute-api.us-east-1.amazonaws.com");
        context.put("domainPrefix", "abcdef1234");
        context.put("httpMethod", request.method());
        context.put("path", path);
        context.put("protocol", "HTTP/1.1");
        context.put("requestId", "c0ffee00-0000-4000-8000-000000000004");
        context.putNull("resourceId");
        context.put("resourcePath", "$default");
        context.put("stage", "$default");
        byte[] body = request.body();
        boolean text = Wire.isText(request.contentType());
        if (body.length == 0) {
            event.putNull("body");
        } else {
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Wire.base64(body));
        }
        event.put("isBase64Encoded", body.length > 0 && !text);
        return event;
    }

    @Override
    public Optional<WireResponse> bodyRefused(int bodyBytes) {
        return HttpApiFront.httpApiBodyRefused(bodyBytes);
    }

    @Override
    public WireResponse payloadRefused() {
        throw Refusals.payloadOverLimit("an API Gateway HTTP API");
    }

    @Override
    public WireResponse response(JsonNode response) {
        return answers.response(response);
    }

    @Override
    public WireResponse invocationFailed() {
        return new WireResponse(500, Map.of("content-type", List.of("application/json")), List.of(),
                "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
    }
}
