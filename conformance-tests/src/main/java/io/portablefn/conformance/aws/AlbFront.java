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
 * Application Load Balancer with a Lambda target group, with or without the target group's
 * {@code lambda.multi_value_headers.enabled} attribute. What it reproduces, from the Elastic Load
 * Balancing guide ("Lambda functions as targets": "Receive events from the load balancer",
 * "Respond to the load balancer", "Multi-value headers"):
 * <ul>
 *   <li>{@code path} and query keys and values exactly as sent: the load balancer does not
 *       percent-decode them;
 *   <li>header names lower-case; without multi-value headers, {@code headers} and
 *       {@code queryStringParameters} keep only the last value of a repeated name; with them,
 *       only {@code multiValueHeaders} and {@code multiValueQueryStringParameters} are sent, with
 *       every value;
 *   <li>a body whose content type is not text arrives base64 with {@code isBase64Encoded: true};
 *   <li>the load balancer adds {@code x-amzn-trace-id} and {@code x-forwarded-*} headers;
 *   <li>response: {@code headers} (one line per name) or {@code multiValueHeaders} to match the
 *       mode; {@code statusDescription} is not passed to the client as anything but the status
 *       line's reason, which a WireResponse does not carry; base64 is undone;
 *   <li>an invocation error is a 502 (its body is not reproduced);
 *   <li>a request body over 1 MB ("Limits": the largest body the load balancer sends a Lambda
 *       function) never reaches the function; what the load balancer answers is not known
 *       ({@link Refusals}).
 * </ul>
 */
final class AlbFront implements Front {

    /** The largest request body a load balancer sends a Lambda target: 1 MB, read here as 1 MiB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String TRACE_ID = "Root=1-00000000-c0ffee000000000000000003";

    private final boolean multiValue;

    AlbFront(boolean multiValue) {
        this.multiValue = multiValue;
    }

    @Override
    public ObjectNode event(WireRequest request) {
        ObjectNode event = Wire.JSON.createObjectNode();
        event.putObject("requestContext").putObject("elb").put("targetGroupArn",
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/portablefn/0123456789abcdef");
        event.put("httpMethod", request.method());
        event.put("path", request.rawPath());
        Map<String, List<String>> query = Wire.groupPairs(Wire.queryPairs(request.rawQuery(), false));
        Map<String, List<String>> headers = Wire.groupHeaders(request.headers(), true);
        headers.putIfAbsent("x-amzn-trace-id", List.of(TRACE_ID));
        headers.putIfAbsent("x-forwarded-for", List.of("192.0.2.1"));
        headers.putIfAbsent("x-forwarded-port", List.of("443"));
        headers.putIfAbsent("x-forwarded-proto", List.of("https"));
        if (multiValue) {
            // ALB sends an empty object, not null, for no query (as in its sample events).
            ObjectNode queryNode = event.putObject("multiValueQueryStringParameters");
            query.forEach((key, values) -> values.forEach(queryNode.putArray(key)::add));
            Wire.putMultiMap(event, "multiValueHeaders", headers);
        } else {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            Wire.lastValues(query).forEach(queryNode::put);
            Wire.putMap(event, "headers", Wire.lastValues(headers));
        }
        byte[] body = request.body();
        boolean binary = body.length > 0 && !Wire.isText(request.contentType());
        event.put("body", binary ? Wire.base64(body) : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", binary);
        return event;
    }

    @Override
    public Optional<WireResponse> bodyRefused(int bodyBytes) {
        if (bodyBytes > MAX_BODY_BYTES) {
            throw Refusals.bodyOverLimit("An Application Load Balancer with a Lambda target", "1 MB", bodyBytes);
        }
        return Optional.empty();
    }

    @Override
    public WireResponse payloadRefused() {
        throw Refusals.payloadOverLimit("an Application Load Balancer");
    }

    @Override
    public WireResponse response(JsonNode response) {
        Map<String, List<String>> headers = multiValue
                ? Wire.readMultiMap(response.get("multiValueHeaders"))
                : Wire.readSingleMap(response.get("headers"));
        return Wire.response(response.path("statusCode").asInt(502), headers, List.of(), Wire.body(response));
    }

    @Override
    public WireResponse invocationFailed() {
        return new WireResponse(502, Map.of(), List.of(), new byte[0]);
    }
}
