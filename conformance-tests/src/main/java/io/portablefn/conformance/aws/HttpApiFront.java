package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payload format 2.0, as two front doors send it:
 * <ul>
 *   <li>API Gateway HTTP API, {@code $default} route and stage (API Gateway developer guide,
 *       "Create AWS Lambda proxy integrations for HTTP APIs", payload format 2.0): the
 *       {@code Cookie} header is removed from {@code headers} and its cookies listed in
 *       {@code cookies}; an invocation error is a 500 {@code {"message":"Internal Server Error"}};
 *   <li>Lambda Function URL (Lambda developer guide, "Invoking Lambda function URLs", request and
 *       response payloads): the same payload with domain {@code <url-id>.lambda-url.<region>.on.aws};
 *       the {@code cookie} header stays in {@code headers} besides the {@code cookies} array (as
 *       events captured from a live Function URL show); an invocation error is a 502 (its body is not reproduced).
 * </ul>
 * The path differs (live captures in hotsock/voker pull request 8, cited by
 * middleapi/standard-server pull request 93; honojs/hono issue 2156): an HTTP API sends
 * {@code rawPath} and {@code requestContext.http.path} already percent-DECODED ({@code %2F} and
 * {@code /} alike, {@code %25} as {@code %}; fastify/aws-lambda-fastify issue 169 shows a captured
 * event) and cut at a decoded {@code ?}; a Function URL sends both as the client did.
 * Both: header names lower-case, a repeated header's values joined with commas,
 * {@code rawQueryString} as sent, {@code queryStringParameters} decoded with
 * repeated keys comma-joined, a body whose content type is not text arrives base64. In the
 * response, {@code headers} values reach the client as one line each (a comma-joined value stays
 * one line), each {@code cookies} entry becomes a Set-Cookie line, and base64 is undone.
 * An HTTP API refuses a body over its 10 MB payload quota (API Gateway developer guide, "Quotas
 * for HTTP APIs"); a Function URL has no body limit but Lambda's ({@link LambdaPayload}). What
 * either answers to a refusal is not known ({@link Refusals}).
 */
final class HttpApiFront implements Front {

    /** An HTTP API's payload quota: 10 MB. */
    static final int HTTP_API_MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final boolean functionUrl;

    HttpApiFront(boolean functionUrl) {
        this.functionUrl = functionUrl;
    }

    @Override
    public ObjectNode event(WireRequest request) {
        ObjectNode event = Wire.JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path(request));
        event.put("rawQueryString", request.rawQuery());
        Map<String, List<String>> headers = Wire.groupHeaders(request.headers(), true);
        Wire.addTraceHeader(headers, "x-amzn-trace-id");
        List<String> cookies = cookies(headers.get("cookie"));
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        if (!functionUrl) {
            headers.remove("cookie");
        }
        ObjectNode headerNode = event.putObject("headers");
        Wire.joined(headers).forEach(headerNode::put);
        Map<String, List<String>> query = Wire.groupPairs(Wire.queryPairs(request.rawQuery(), true));
        if (!query.isEmpty()) {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            Wire.joined(query).forEach(queryNode::put);
        }
        event.set("requestContext", requestContext(request));
        byte[] body = request.body();
        if (body.length > 0) {
            boolean text = Wire.isText(request.contentType());
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Wire.base64(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    private ObjectNode requestContext(WireRequest request) {
        ObjectNode context = Wire.JSON.createObjectNode();
        context.put("accountId", functionUrl ? "anonymous" : "123456789012");
        context.put("apiId", functionUrl ? "urlid0123456789" : "abcdef1234");
        context.put("domainName", functionUrl ? "urlid0123456789.lambda-url.us-east-1.on.aws"
                : "abcdef1234.execute-api.us-east-1.amazonaws.com");
        context.put("domainPrefix", functionUrl ? "urlid0123456789" : "abcdef1234");
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", path(request));
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "192.0.2.1");
        http.put("userAgent", String.join(",", request.headerValues("user-agent")));
        context.put("requestId", "c0ffee00-0000-4000-8000-000000000002");
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", "01/Jan/2025:00:00:00 +0000");
        context.put("timeEpoch", 1735689600000L);
        return context;
    }

    /**
     * The path as this front door hands it over: as sent by a Function URL; decoded by an HTTP
     * API, which also cuts it at a decoded {@code ?} (middleapi/standard-server pull request 93).
     */
    private String path(WireRequest request) {
        return functionUrl ? request.rawPath() : decodedPath(request);
    }

    /** An HTTP API's path, in either payload format: decoded, and cut at a decoded {@code ?}. */
    static String decodedPath(WireRequest request) {
        String decoded = Wire.decodePath(request.rawPath());
        int question = decoded.indexOf('?');
        return question < 0 ? decoded : decoded.substring(0, question);
    }

    /** The cookies of the Cookie header line(s), one entry each. */
    private static List<String> cookies(List<String> lines) {
        List<String> cookies = new ArrayList<>();
        if (lines != null) {
            for (String line : lines) {
                for (String cookie : line.split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.strip());
                    }
                }
            }
        }
        return cookies;
    }

    @Override
    public Optional<WireResponse> bodyRefused(int bodyBytes) {
        return functionUrl ? Optional.empty() : httpApiBodyRefused(bodyBytes);
    }

    static Optional<WireResponse> httpApiBodyRefused(int bodyBytes) {
        if (bodyBytes > HTTP_API_MAX_BODY_BYTES) {
            throw Refusals.bodyOverLimit("An API Gateway HTTP API", "10 MB", bodyBytes);
        }
        return Optional.empty();
    }

    @Override
    public WireResponse payloadRefused() {
        throw Refusals.payloadOverLimit(functionUrl ? "a Lambda Function URL" : "an API Gateway HTTP API");
    }

    @Override
    public WireResponse response(JsonNode response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(Wire.readSingleMap(response.get("headers")));
        List<String> cookies = new ArrayList<>();
        response.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        return Wire.response(response.path("statusCode").asInt(200), headers, cookies, Wire.body(response));
    }

    @Override
    public WireResponse invocationFailed() {
        return functionUrl
                ? new WireResponse(502, Map.of(), List.of(), new byte[0])
                : new WireResponse(500, Map.of("content-type", List.of("application/json")), List.of(),
                        "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
    }
}
