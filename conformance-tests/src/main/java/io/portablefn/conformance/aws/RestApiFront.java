package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway REST API, Lambda proxy integration (payload 1.0), on a {@code /{proxy+}}
 * resource of a stage, with {@code binaryMediaTypes} set to {@code *}{@code /*} so that binary
 * bodies can pass at all (without it API Gateway hands binary bodies over as mangled text).
 * What it reproduces, from the API Gateway developer guide ("Set up a proxy integration with a
 * proxy resource", section "Input format of a Lambda function for proxy integration";
 * "Binary media types for REST APIs"):
 * <ul>
 *   <li>{@code path}: as the client sent it, still percent-encoded, without the stage
 *       (live captures in hotsock/voker pull request 8, cited by middleapi/standard-server pull
 *       request 93; localstack/localstack pull request 7728); {@code pathParameters} values are
 *       decoded (dherault/serverless-offline issue 638);
 *   <li>{@code headers} holds the last value of each header, {@code multiValueHeaders} all values;
 *       names as the client sent them;
 *   <li>{@code queryStringParameters} (last value) and {@code multiValueQueryStringParameters}:
 *       decoded, '+' read as a space; both null without a query;
 *   <li>with binaryMediaTypes {@code *}{@code /*} every non-empty body arrives base64 with
 *       {@code isBase64Encoded: true}; an empty body is null;
 *   <li>response: {@code headers} and {@code multiValueHeaders} are merged (a pair present in both
 *       appears once); an {@code isBase64Encoded} body is decoded to bytes;
 *   <li>an invocation error is a 502 {@code {"message": "Internal server error"}};
 *   <li>a body over API Gateway's 10 MB payload quota (10,485,760 bytes) is a 413 with a text body,
 *       and an event over Lambda's 6 MB payload limit ({@link LambdaPayload}) a 413
 *       {@code {"message": "Request Too Long"}}: both answers as captured from a deployed REST
 *       API in koki-develop/lgtm-generator issue 10 (limit from the API Gateway developer guide,
 *       "Amazon API Gateway quotas", payload size).
 * </ul>
 */
final class RestApiFront implements Front {

    /** API Gateway's payload quota for REST APIs: 10 MB, which its refusal spells out in bytes. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    @Override
    public Optional<WireResponse> bodyRefused(int bodyBytes) {
        if (bodyBytes <= MAX_BODY_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new WireResponse(413, Map.of("content-type", List.of("text; charset=utf-8")), List.of(),
                ("HTTP content length exceeded " + MAX_BODY_BYTES + " bytes.").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public WireResponse payloadRefused() {
        return new WireResponse(413, Map.of("content-type", List.of("application/json")), List.of(),
                "{\"message\": \"Request Too Long\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ObjectNode event(WireRequest request) {
        ObjectNode event = Wire.JSON.createObjectNode();
        event.put("resource", "/{proxy+}");
        event.put("path", request.rawPath());
        event.put("httpMethod", request.method());
        Wire.putPayloadV1Parameters(event, request, false);
        event.putObject("pathParameters").put("proxy", Wire.decodePath(request.rawPath()).substring(1));
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "abcdef1234");
        context.put("domainName", "abcdef1234.execute-api.us-east-1.amazonaws.com");
        context.put("httpMethod", request.method());
        context.put("path", "/test" + request.rawPath());
        context.put("protocol", "HTTP/1.1");
        context.put("requestId", "c0ffee00-0000-4000-8000-000000000001");
        context.put("resourcePath", "/{proxy+}");
        context.put("stage", "test");
        byte[] body = request.body();
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else {
            event.put("body", Wire.base64(body));
            event.put("isBase64Encoded", true);
        }
        return event;
    }

    @Override
    public WireResponse response(JsonNode response) {
        Map<String, List<String>> headers = Wire.readMultiMap(response.get("multiValueHeaders"));
        Wire.readSingleMap(response.get("headers")).forEach((name, values) -> {
            List<String> merged = headers.computeIfAbsent(name, n -> new ArrayList<>());
            values.stream().filter(value -> !merged.contains(value)).forEach(merged::add);
        });
        return Wire.response(response.path("statusCode").asInt(200), headers, List.of(), Wire.body(response));
    }

    @Override
    public WireResponse invocationFailed() {
        return new WireResponse(502, Map.of("content-type", List.of("application/json")), List.of(),
                "{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
    }
}
