package io.portablefn.aws;

import io.portablefn.api.HttpRequest;
import io.portablefn.api.QueryParameters;
import io.portablefn.runtime.Bodies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link HttpEvent} into the neutral request, by the rules of docs/mapping.md.
 * Stateless. Plain loops, indexed over lists, rather than lambdas: each lambda is a class spun
 * up at cold start, and a capturing one an allocation per call, as is a list iterator.
 */
final class RequestDecoder {

    private RequestDecoder() {
    }

    /**
     * @throws io.portablefn.api.HttpException a 400 when the body is marked base64 but is not
     */
    static HttpRequest decode(HttpEvent event) {
        HttpRequest.Builder request = HttpRequest.builder();
        if (event instanceof HttpV2Event v2) {
            request.method(v2.method()).path(path(v2)).query(v2Query(v2));
            addHeaders(request, v2);
            request.requestId(v2.requestId());
        } else {
            HttpV1Event v1 = (HttpV1Event) event;
            request.method(v1.httpMethod()).path(path(v1));
            if (v1.shape() == EventShape.ALB || v1.shape() == EventShape.ALB_MULTI_VALUE) {
                // ALB passes query keys and values still percent-encoded, as the client sent them.
                request.rawQuery(albRawQuery(v1));
                // ALB events have no request id; the trace id names the request in ALB's logs.
                request.requestId(firstHeader(v1, "x-amzn-trace-id"));
            } else {
                request.query(restQuery(v1)).requestId(v1.requestId());
            }
            addHeaders(request, v1);
        }
        String body = event.body();
        if (body != null && !body.isEmpty()) {
            request.body(event.base64Encoded() ? Bodies.fromBase64(body) : body.getBytes(StandardCharsets.UTF_8));
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
    static String path(HttpV1Event event) {
        return event.shape() == EventShape.HTTP_API_V1 ? withoutStage(event.path(), event.stage())
                : Bodies.decodePath(event.path());
    }

    /** Payload 2.0's path: see {@link #path(HttpV1Event)}. */
    static String path(HttpV2Event event) {
        return event.shape() == EventShape.FUNCTION_URL ? Bodies.decodePath(event.rawPath())
                : withoutStage(event.rawPath(), event.stage());
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

    private static QueryParameters restQuery(HttpV1Event event) {
        Map<String, List<String>> multi = event.multiValueQueryStringParameters();
        Map<String, String> single = event.queryStringParameters();
        if ((multi == null || multi.isEmpty()) && (single == null || single.isEmpty())) {
            return QueryParameters.of(List.of());
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (multi != null && !multi.isEmpty()) {
            for (Map.Entry<String, List<String>> key : multi.entrySet()) {
                List<String> values = key.getValue();
                for (int i = 0; i < values.size(); i++) {
                    pairs.add(Map.entry(key.getKey(), values.get(i)));
                }
            }
        } else {
            addPairs(pairs, single);
        }
        return QueryParameters.of(pairs);
    }

    private static QueryParameters v2Query(HttpV2Event event) {
        if (event.rawQueryString() != null || event.queryStringParameters() == null) {
            return QueryParameters.parse(event.rawQueryString());
        }
        // Hand-written events may lack rawQueryString; the map's values are decoded (and a
        // repeated key's values comma-joined, which cannot be undone).
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        addPairs(pairs, event.queryStringParameters());
        return QueryParameters.of(pairs);
    }

    /** Copies of the map's entries, which stay tied to the map otherwise. */
    private static void addPairs(List<Map.Entry<String, String>> pairs, Map<String, String> map) {
        for (Map.Entry<String, String> pair : map.entrySet()) {
            pairs.add(Map.entry(pair.getKey(), pair.getValue()));
        }
    }

    /** Rebuilds the raw query from ALB's still-encoded keys and values, to parse it once. */
    static String albRawQuery(HttpV1Event event) {
        StringBuilder raw = new StringBuilder();
        if (event.multiValueQueryStringParameters() != null) {
            for (Map.Entry<String, List<String>> key : event.multiValueQueryStringParameters().entrySet()) {
                List<String> values = key.getValue();
                for (int i = 0; i < values.size(); i++) {
                    appendPair(raw, key.getKey(), values.get(i));
                }
            }
        } else if (event.queryStringParameters() != null) {
            for (Map.Entry<String, String> pair : event.queryStringParameters().entrySet()) {
                appendPair(raw, pair.getKey(), pair.getValue());
            }
        }
        return raw.toString();
    }

    private static void appendPair(StringBuilder raw, String key, String value) {
        if (raw.length() > 0) {
            raw.append('&');
        }
        raw.append(key).append('=').append(value);
    }

    /** Payload 1.0's header lines as the event gives them: from {@code multiValueHeaders} when present, else {@code headers}. */
    private static void addHeaders(HttpRequest.Builder request, HttpV1Event event) {
        if (event.multiValueHeaders() != null && !event.multiValueHeaders().isEmpty()) {
            for (Map.Entry<String, List<String>> header : event.multiValueHeaders().entrySet()) {
                List<String> values = header.getValue();
                for (int i = 0; i < values.size(); i++) {
                    request.header(header.getKey(), values.get(i));
                }
            }
        } else if (event.headers() != null) {
            for (Map.Entry<String, String> header : event.headers().entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
        }
    }

    /**
     * Payload 2.0's header lines, and its {@code cookies} array (API Gateway moves the Cookie
     * header there) as one cookie line; a cookie header also present (Function URLs keep it)
     * holds the same cookies and is skipped so they do not appear twice.
     */
    private static void addHeaders(HttpRequest.Builder request, HttpV2Event event) {
        boolean cookieArray = event.cookies() != null && !event.cookies().isEmpty();
        if (event.headers() != null) {
            for (Map.Entry<String, String> header : event.headers().entrySet()) {
                if (!(cookieArray && header.getKey().equalsIgnoreCase("cookie"))) {
                    request.header(header.getKey(), header.getValue());
                }
            }
        }
        if (cookieArray) {
            request.header("cookie", String.join("; ", event.cookies()));
        }
    }

    private static String firstHeader(HttpV1Event event, String name) {
        if (event.multiValueHeaders() != null) {
            for (Map.Entry<String, List<String>> header : event.multiValueHeaders().entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
        }
        if (event.headers() != null) {
            for (Map.Entry<String, String> header : event.headers().entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
        }
        return null;
    }
}
