package io.portablefn.conformance.azure;

import com.microsoft.azure.functions.HttpMethod;
import io.portablefn.conformance.WireRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The host's side of a request: its router, and {@code GrpcMessageConversionExtensions.ToRpcHttp}
 * (Azure/azure-functions-host, src/WebJobs.Script.Grpc/MessageExtensions), which turns the
 * ASP.NET Core request into the {@code RpcHttp} message sent to the worker.
 */
final class HostRequests {

    private HostRequests() {
    }

    static RpcHttp toRpcHttp(WireRequest request, String routePrefix) {
        Map<String, String> headers = headers(withContentLength(request));
        return new RpcHttp(url(request, routePrefix), request.method(), null, headers,
                query(request.rawQuery()), body(headers, request.body()));
    }

    /**
     * ASP.NET routing of {@code routePrefix/route} for a client that sends the function's path
     * under the prefix ({@code /api/orders/42}): literals compare case-insensitively, a
     * parameter takes one non-empty segment, a catch-all {@code {*rest}} as the last segment
     * takes the rest, none included (ASP.NET Core routing: catch-all parameters are optional and
     * match the empty remainder), one trailing slash is ignored, and the method must be one the
     * trigger lists. An empty route means the function's name.
     */
    static boolean routes(String routePrefix, String route, String functionName, HttpMethod[] methods,
            WireRequest request) {
        boolean methodListed = methods.length == 0;
        for (HttpMethod method : methods) {
            methodListed |= method.name().equalsIgnoreCase(request.method());
        }
        String template = routePrefix + "/" + (route.isEmpty() ? functionName : route);
        String[] expected = template.split("/");
        // The client addresses the function under the prefix: /api + the function's path.
        String path = "/" + routePrefix + request.rawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] actual = path.substring(1).split("/", -1);
        boolean catchAll = expected[expected.length - 1].startsWith("{*");
        int fixed = catchAll ? expected.length - 1 : expected.length;
        if (!methodListed || (catchAll ? actual.length < fixed : expected.length != actual.length)) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            String segment = KestrelPaths.decodeSegment(actual[i]);
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter ? segment.isEmpty() : !expected[i].equalsIgnoreCase(segment)) {
                return false;
            }
        }
        return true;
    }

    /** {@code http://{Host}{Path}{QueryString}}: the path as Kestrel decoded and PathString re-escaped it, the query raw. */
    static String url(WireRequest request, String routePrefix) {
        List<String> hosts = request.headerValues("host");
        String host = hosts.isEmpty() ? "localhost" : hosts.get(0);
        String query = request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
        return "http://" + host + KestrelPaths.pathString("/" + routePrefix + request.rawPath()) + query;
    }

    /** Names lower-cased; repeated headers (any case) joined with "," in arrival order (Kestrel StringValues). */
    static Map<String, String> headers(List<Map.Entry<String, String>> lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : lines) {
            headers.merge(line.getKey().toLowerCase(Locale.ROOT), line.getValue(), (a, b) -> a + "," + b);
        }
        return headers;
    }

    /**
     * request.Query: keys grouped case-insensitively (the first spelling kept), values decoded
     * ('+' is a space) and joined with ","; a key whose joined value is empty is dropped.
     */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> byLowerKey = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String value = decodeQuery(eq < 0 ? "" : pair.substring(eq + 1));
            String lower = key.toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(lower, key);
            byLowerKey.merge(lower, value, (a, b) -> a + "," + b);
        }
        Map<String, String> query = new LinkedHashMap<>();
        byLowerKey.forEach((lower, value) -> {
            if (!value.isEmpty()) {
                query.put(spelling.get(lower), value);
            }
        });
        return query;
    }

    /**
     * Sent only when Content-Length &gt; 0: bytes for application/octet-stream and multipart/*,
     * otherwise the body read as a UTF-8 string (invalid bytes become U+FFFD).
     */
    static Object body(Map<String, String> headers, byte[] body) {
        long length = contentLength(headers.get("content-length"));
        if (length <= 0 || body.length == 0) {
            return null;
        }
        String mediaType = headers.getOrDefault("content-type", "").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/octet-stream") || mediaType.contains("multipart/")) {
            return body.clone();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    // A client states the length of a body it sends; the host relies on that header.
    private static List<Map.Entry<String, String>> withContentLength(WireRequest request) {
        List<Map.Entry<String, String>> lines = new ArrayList<>(request.headers());
        if (request.body().length > 0 && request.headerValues("content-length").isEmpty()
                && request.headerValues("transfer-encoding").isEmpty()) {
            lines.add(Map.entry("Content-Length", Integer.toString(request.body().length)));
        }
        return lines;
    }

    private static long contentLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.strip());
        } catch (NumberFormatException invalid) {
            return 0;
        }
    }

    private static String decodeQuery(String raw) {
        String text = raw.replace('+', ' ');
        return KestrelPaths.percentDecode(text, false);
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }
}
