package io.portablefn.azure;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpRequest;
import io.portablefn.runtime.Bodies;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Turns the worker's {@link HttpRequestMessage} into the neutral {@link HttpRequest}. */
final class AzureRequests {

    private AzureRequests() {
    }

    static HttpRequest decode(HttpRequestMessage<Optional<String>> request, int pathSegments, String invocationId) {
        URI uri = uri(request);
        HttpRequest.Builder builder = HttpRequest.builder()
                .method(method(request.getHttpMethod()))
                .path(Bodies.decodePath(lastSegments(uri.getRawPath(), pathSegments)))
                // The host puts the query string into the URL exactly as the client sent it
                // (GrpcMessageConversionExtensions.ToRpcHttp: Path + QueryString), whereas
                // getQueryParameters() has lost order, repeats, key case and empty values.
                .rawQuery(uri.getRawQuery())
                .requestId(invocationId);
        // Copied into the neutral headers only if the function reads one: the worker's map is
        // read-only.
        Map<String, String> headers = request.getHeaders();
        if (headers != null && !headers.isEmpty()) {
            builder.headers(into -> headers.forEach((name, value) ->
                    into.add(name, name.equalsIgnoreCase("cookie") ? cookies(value) : value)));
        }
        Optional<String> body = request.getBody();
        if (body != null && body.isPresent()) {
            builder.body(body.get());
        }
        return builder.build();
    }

    /** The number of segments of a path template: 0 for {@code /}, 2 for {@code /orders/{id}}. */
    static int segmentCount(String template) {
        return template.equals("/") ? 0 : template.substring(1).split("/", -1).length;
    }

    /**
     * The last {@code count} segments of a raw path, with its trailing slash if it had one. The
     * host's router has matched the function's route already; what precedes it is the
     * routePrefix of host.json ({@code api} unless configured), which the function must not see.
     */
    static String lastSegments(String rawPath, int count) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        boolean trailingSlash = rawPath.length() > 1 && rawPath.endsWith("/");
        String path = trailingSlash ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        int start = path.length();
        for (int found = 0; found < count && start > 0; found++) {
            start = path.lastIndexOf('/', start - 1);
        }
        String tail = count == 0 ? "" : path.substring(Math.max(start, 0));
        if (!tail.startsWith("/")) {
            tail = "/" + tail;
        }
        return trailingSlash && !tail.equals("/") ? tail + "/" : tail;
    }

    // The host joins repeated header lines with "," (Kestrel's StringValues), so two Cookie lines
    // arrive as "a=1,b=2". A comma is not allowed in a cookie name or value (RFC 6265 4.1.1), so
    // splitting there restores the separate cookies; Headers keeps them apart with "; ".
    static String cookies(String joined) {
        if (joined.indexOf(',') < 0) {
            return joined;
        }
        StringBuilder out = new StringBuilder();
        for (String part : joined.split(",")) {
            String pair = part.strip();
            if (!pair.isEmpty()) {
                out.append(out.length() == 0 ? "" : "; ").append(pair);
            }
        }
        return out.toString();
    }

    private static URI uri(HttpRequestMessage<?> request) {
        try {
            URI uri = request.getUri();
            if (uri == null) {
                throw new IllegalArgumentException("no URL");
            }
            return uri;
        } catch (IllegalArgumentException invalid) {
            // The worker parses the host's URL with URI.create, which rejects characters some
            // clients send unencoded (such as '|' or '{' in the query).
            throw HttpException.badRequest("The request URL is not a valid URI (RFC 3986);"
                    + " percent-encode characters such as '|', '{', '}', '^' and spaces.");
        }
    }

    private static String method(HttpMethod method) {
        return method == null ? "GET" : method.name();
    }
}
