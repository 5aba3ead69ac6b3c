package io.portablefn.aws;

import io.portablefn.api.HttpRequest;
import io.portablefn.api.QueryParameters;
import io.portablefn.runtime.Bodies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link NativeEvent} of a known {@link EventShape} into the neutral request, by the
 * rules of docs/mapping.md. Stateless.
 */
final class RequestDecoder {

    private RequestDecoder() {
    }

    /**
     * @throws io.portablefn.api.HttpException a 400 when the body is marked base64 but is not
     */
    static HttpRequest decode(NativeEvent event, EventShape shape) {
        HttpRequest.Builder request = HttpRequest.builder();
        switch (shape) {
            case REST_V1:
            case HTTP_API_V1:
                request.method(event.httpMethod).path(path(event, shape)).query(restQuery(event));
                addHeaders(request, event, false);
                request.requestId(event.requestId);
                break;
            case HTTP_API_V2:
            case FUNCTION_URL:
                request.method(event.contextHttpMethod).path(path(event, shape)).query(v2Query(event));
                addHeaders(request, event, true);
                request.requestId(event.requestId);
                break;
            default:
                // ALB passes query keys and values still percent-encoded, as the client sent them.
                request.method(event.httpMethod).path(path(event, shape)).rawQuery(albRawQuery(event));
                addHeaders(request, event, false);
                // ALB events have no request id; the trace id names the request in ALB's logs.
                request.requestId(firstHeader(event, "x-amzn-trace-id"));
                break;
        }
        if (event.body != null && !event.body.isEmpty()) {
            request.body(event.base64Encoded ? Bodies.fromBase64(event.body)
                    : event.body.getBytes(StandardCharsets.UTF_8));
        }
        return request.build();
    }

    /**
     * The path decoded exactly once, from what each front door really sends (docs/mapping.md §1;
     * evidence in middleapi/standard-server pull request 93, from the live captures of
     * hotsock/voker pull request 8, and localstack/localstack pull request 7728):
     * <ul>
     *   <li>REST {@code path}, Function URL {@code rawPath} and ALB {@code path} arrive as the
     *       client sent them, still percent-encoded: decoded here;
     *   <li>HTTP API {@code path} (1.0) and {@code rawPath} (2.0) arrive already decoded: taken
     *       as they are, since decoding again would turn {@code /a%2541} (sent) {@code /a%41}
     *       (delivered) into {@code /aA}. A decoded {@code %2F} or {@code %25} is what the contract
     *       asks for anyway; what an HTTP API cuts off at a decoded {@code ?} cannot be restored,
     *       a documented gap.
     * </ul>
     */
    static String path(NativeEvent event, EventShape shape) {
        return switch (shape) {
            case HTTP_API_V1 -> withoutStage(event.path, event.stage);
            case HTTP_API_V2 -> withoutStage(event.rawPath, event.stage);
            case FUNCTION_URL -> Bodies.decodePath(event.rawPath);
            default -> Bodies.decodePath(event.path);
        };
    }

    /**
     * An HTTP API stage other than {@code $default} is part of the URL and so of its path, in
     * both payload formats ({@code rawPath} and 1.0's {@code path}, {@code /prod/orders/1}:
     * aws-powertools/powertools-lambda-python issue 621, dougmoscrop/serverless-http pull request
     * 143); it is stripped so that a function answers at its own path template on every stage and
     * every cloud, as it does on the default stage. REST's {@code path} never holds the stage.
     */
    static String withoutStage(String path, String stage) {
        if (path == null || stage == null || stage.isEmpty() || stage.equals("$default")) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.equals(prefix)) {
            return "/";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    private static QueryParameters restQuery(NativeEvent event) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (event.multiValueQueryStringParameters != null && !event.multiValueQueryStringParameters.isEmpty()) {
            event.multiValueQueryStringParameters.forEach(
                    (key, values) -> values.forEach(value -> pairs.add(Map.entry(key, value))));
        } else if (event.queryStringParameters != null) {
            event.queryStringParameters.forEach((key, value) -> pairs.add(Map.entry(key, value)));
        }
        return QueryParameters.of(pairs);
    }

    private static QueryParameters v2Query(NativeEvent event) {
        if (event.rawQueryString != null || event.queryStringParameters == null) {
            return QueryParameters.parse(event.rawQueryString);
        }
        // Hand-written events may lack rawQueryString; the map's values are decoded (and a
        // repeated key's values comma-joined, which cannot be undone).
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        event.queryStringParameters.forEach((key, value) -> pairs.add(Map.entry(key, value)));
        return QueryParameters.of(pairs);
    }

    /** Rebuilds the raw query from ALB's still-encoded keys and values, to parse it once. */
    static String albRawQuery(NativeEvent event) {
        StringBuilder raw = new StringBuilder();
        if (event.multiValueQueryStringParameters != null) {
            event.multiValueQueryStringParameters.forEach((key, values) -> values.forEach(
                    value -> appendPair(raw, key, value)));
        } else if (event.queryStringParameters != null) {
            event.queryStringParameters.forEach((key, value) -> appendPair(raw, key, value));
        }
        return raw.toString();
    }

    private static void appendPair(StringBuilder raw, String key, String value) {
        if (raw.length() > 0) {
            raw.append('&');
        }
        raw.append(key).append('=').append(value);
    }

    /**
     * Adds every header line as the event gives it: from {@code multiValueHeaders} when present,
     * else from {@code headers}. For payload 2.0 the {@code cookies} array (API Gateway moves the
     * Cookie header there) becomes one cookie line; a cookie header also present (Function URLs
     * keep it) holds the same cookies and is skipped so they do not appear twice.
     */
    private static void addHeaders(HttpRequest.Builder request, NativeEvent event, boolean v2) {
        boolean cookieArray = v2 && event.cookies != null && !event.cookies.isEmpty();
        if (event.multiValueHeaders != null && !event.multiValueHeaders.isEmpty()) {
            event.multiValueHeaders.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        } else if (event.headers != null) {
            event.headers.forEach((name, value) -> {
                if (!(cookieArray && name.equalsIgnoreCase("cookie"))) {
                    request.header(name, value);
                }
            });
        }
        if (cookieArray) {
            request.header("cookie", String.join("; ", event.cookies));
        }
    }

    private static String firstHeader(NativeEvent event, String name) {
        if (event.multiValueHeaders != null) {
            for (Map.Entry<String, List<String>> header : event.multiValueHeaders.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
        }
        if (event.headers != null) {
            for (Map.Entry<String, String> header : event.headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
        }
        return null;
    }
}
