package io.portablefn.azure;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpRequest;
import io.portablefn.runtime.Bodies;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the worker's {@link HttpRequestMessage} into the neutral {@link HttpRequest}. */
final class AzureRequests {

    /**
     * Added by App Service's front end, which decodes the path (an encoded slash included) before
     * the host sees it: the path and query exactly as the client sent them (Azure/azure-functions-host
     * pull request 9402 and issue 9290; docs/mapping.md §1). The host lower-cases header names.
     */
    static final String UNENCODED_URL = "x-waws-unencoded-url";

    private AzureRequests() {
    }

    static HttpRequest decode(HttpRequestMessage<Optional<String>> request, int pathSegments, String invocationId,
            Charset workerCharset) {
        URI uri = uri(request);
        Map<String, String> headers = request.getHeaders();
        HttpRequest.Builder builder = HttpRequest.builder()
                .method(method(request.getHttpMethod()))
                .path(path(uri.getRawPath(), header(headers, UNENCODED_URL), pathSegments))
                // The host puts the query string into the URL exactly as the client sent it
                // (GrpcMessageConversionExtensions.ToRpcHttp: Path + QueryString), whereas
                // getQueryParameters() has lost order, repeats, key case and empty values.
                .rawQuery(uri.getRawQuery())
                .requestId(invocationId);
        // Copied into the neutral headers only if the function reads one: the worker's map is
        // read-only.
        if (headers != null && !headers.isEmpty()) {
            builder.headers(into -> headers.forEach((name, value) ->
                    into.add(name, name.equalsIgnoreCase("cookie") ? cookies(value) : value)));
        }
        Optional<String> body = request.getBody();
        if (body != null && body.isPresent()) {
            builder.body(bodyBytes(body.get(), header(headers, "content-type"), workerCharset));
        }
        return builder.build();
    }

    /**
     * The function's path, decoded exactly once, without the host's route prefix. Behind App
     * Service the URL's path has been decoded already (so {@code %2541} would become {@code A}
     * with one more decoding), and the client's own path is in {@link #UNENCODED_URL}: that is
     * decoded once, then cut to the segments the host routed on, which were decoded ones. Without
     * the header (Core Tools, a container without App Service) the URL's path is as Kestrel left
     * it, an encoded slash still encoded: it is cut first, then decoded.
     *
     * <p>Where no App Service sets the header, a client could: so it is used only when decoding
     * it twice (App Service, then Kestrel) gives the path the host routed on, and a header that
     * names another path is ignored.
     */
    static String path(String urlRawPath, String unencodedUrl, int pathSegments) {
        if (unencodedUrl != null && unencodedUrl.startsWith("/")) {
            int query = unencodedUrl.indexOf('?');
            String clientPath = query < 0 ? unencodedUrl : unencodedUrl.substring(0, query);
            String once = Bodies.decodePath(clientPath);
            if (Bodies.decodePath(once).equals(Bodies.decodePath(urlRawPath))) {
                return lastSegments(once, pathSegments);
            }
        }
        return Bodies.decodePath(lastSegments(urlRawPath, pathSegments));
    }

    // The host lower-cases header names (GrpcMessageConversionExtensions.ToRpcHttp; AZURE-NOTES),
    // so one look-up finds a header; this runs on every request.
    private static String header(Map<String, String> headers, String lowerCaseName) {
        return headers == null ? null : headers.get(lowerCaseName);
    }

    /**
     * The body's bytes. The host sends {@code application/octet-stream} and {@code multipart/*}
     * bodies as bytes ({@code PopulateBody}), which the worker turns into the declared String with
     * {@code new String(bytes)} in its JVM's default charset (azure-functions-java-worker 2.17.0,
     * binding/RpcByteArrayDataSource.java line 16): encoding with that charset undoes it, exactly
     * when the charset maps every byte (ISO-8859-1), lossily under UTF-8 (invalid bytes are
     * U+FFFD by then). Every other body the host sent as a UTF-8 string.
     */
    static byte[] bodyBytes(String body, String contentType, Charset workerCharset) {
        if (workerCharset.equals(StandardCharsets.UTF_8)) {
            return body.getBytes(StandardCharsets.UTF_8); // the same whichever way the host sent it
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean hostSentBytes = mediaType.equals("application/octet-stream") || mediaType.startsWith("multipart/");
        return body.getBytes(hostSentBytes ? workerCharset : StandardCharsets.UTF_8);
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
