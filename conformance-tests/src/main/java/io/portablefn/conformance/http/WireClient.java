package io.portablefn.conformance.http;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends a {@link WireRequest} over real HTTP/1.1 to a real server: Google's invoker or the local
 * server on a loopback port, or a function deployed in a cloud.
 *
 * <p>What differs from what a client would send, because of {@link HttpClient}: it refuses to
 * set {@link #SKIPPED_REQUEST_HEADERS} and writes them itself (Host is the loopback address,
 * Content-Length matches the body), and adds {@code User-Agent: Java-http-client/...} when the
 * request has none. A path or query that is not a valid {@link URI} (a malformed escape such as
 * {@code %zz}, a raw space) cannot be sent: {@link TargetCannotRun}, which fails the case unless
 * the case excludes the target ({@code notApplicable}).
 * HTTP/1.1 is forced: the default HTTP/2 upgrade would add headers of its own to the request.
 */
public final class WireClient {

    /** Request headers {@link HttpClient} does not let a caller set (JDK 17 restricted headers). */
    public static final Set<String> SKIPPED_REQUEST_HEADERS =
            Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final String targetName;
    private final Set<String> droppedResponseHeaders;
    private final Set<String> droppedPrefixes;
    private final Map<String, String> extraHeaders;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param targetName names the target in errors
     * @param droppedResponseHeaders lower-case response headers the server writes on its own
     *     (dates, framing), left out so that targets are compared on what the function sent
     */
    public WireClient(String targetName, Set<String> droppedResponseHeaders) {
        this(targetName, droppedResponseHeaders, Set.of(), Map.of());
    }

    /**
     * @param droppedPrefixes lower-case prefixes of response headers the platform adds (request
     *     ids, traces), left out as {@code droppedResponseHeaders} are
     * @param extraHeaders headers added to every request (credentials), unless the request has them
     */
    public WireClient(String targetName, Set<String> droppedResponseHeaders, Set<String> droppedPrefixes,
            Map<String, String> extraHeaders) {
        this.targetName = targetName;
        this.droppedResponseHeaders = Set.copyOf(droppedResponseHeaders);
        this.droppedPrefixes = Set.copyOf(droppedPrefixes);
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    public HttpClient httpClient() {
        return client;
    }

    /** Sends {@code request} to the server at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public WireResponse send(URI base, WireRequest request) throws Exception {
        HttpRequest.Builder http = HttpRequest.newBuilder(uri(base, request)).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers()) {
            if (!SKIPPED_REQUEST_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                http.header(header.getKey(), header.getValue());
            }
        }
        extraHeaders.forEach((name, value) -> {
            if (request.headerValues(name).isEmpty()) {
                http.header(name, value);
            }
        });
        HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("set-cookie")) {
                cookies.addAll(values);
            } else if (!droppedResponseHeaders.contains(key) && !key.startsWith(":") && !platformAdded(key)) {
                headers.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
            }
        });
        return new WireResponse(response.statusCode(), headers, cookies, response.body());
    }

    private boolean platformAdded(String header) {
        for (String prefix : droppedPrefixes) {
            if (header.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private URI uri(URI base, WireRequest request) {
        String target = request.rawPath() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        try {
            return new URI(base + target);
        } catch (URISyntaxException e) {
            throw new TargetCannotRun(targetName + " cannot send " + request + ": java.net.http.HttpClient"
                    + " accepts only a valid URI (RFC 3986), and " + e.getMessage() + "; exclude the target in the"
                    + " case's \"notApplicable\" if this request cannot reach the function there", e);
        }
    }
}
