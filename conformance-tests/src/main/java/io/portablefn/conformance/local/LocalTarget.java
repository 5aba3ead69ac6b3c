package io.portablefn.conformance.local;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.local.LocalServer;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.HttpFunction;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * portablefn's local server ({@link LocalServer}), over real HTTP/1.1 on a loopback port. One
 * server is started on first use with every function of the test classpath's function index,
 * and {@link #send} ignores the function class: the server routes by method and path, as a user
 * running it would see. If the index holds two functions the server refuses to serve together
 * (same template shape and a method in common), each function class gets a server of its own,
 * found through its generated {@code <Class>_PortableFunction.FUNCTION}.
 *
 * <p>What differs from what a client would send, because of {@link HttpClient}: it refuses to
 * set {@link #SKIPPED_REQUEST_HEADERS} and writes them itself (Host is {@code localhost:port},
 * Content-Length matches the body), and adds {@code User-Agent: Java-http-client/...} when the
 * request has none. A path or query that is not a valid {@link URI} (a malformed escape such as
 * {@code %zz}, a raw space) cannot be sent and fails with an {@link IllegalArgumentException}.
 * Left out of the response: {@link #DROPPED_RESPONSE_HEADERS}, which the JDK server writes on its
 * own and not the function: {@code date} (the time of sending, different on every call) and
 * {@code content-length} (framing; clouds set their own). The server always sends a fixed
 * length, so {@code transfer-encoding} never appears; it is dropped too so that a change there
 * cannot make the targets disagree on transport alone.
 */
public final class LocalTarget implements Target {

    /** Request headers {@link HttpClient} does not let a caller set (JDK 17 restricted headers). */
    public static final Set<String> SKIPPED_REQUEST_HEADERS =
            Set.of("host", "connection", "content-length", "expect", "upgrade");

    /** Response headers the JDK's HTTP server adds itself. */
    public static final Set<String> DROPPED_RESPONSE_HEADERS = Set.of("date", "content-length", "transfer-encoding");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private LocalServer shared;
    private boolean sharedRefused;
    private final Map<Class<?>, LocalServer> perClass = new HashMap<>();

    @Override
    public String name() {
        return "local";
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        URI uri = uri(server(functionClass).port(), request);
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers()) {
            if (!SKIPPED_REQUEST_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                http.header(header.getKey(), header.getValue());
            }
        }
        HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("set-cookie")) {
                cookies.addAll(values);
            } else if (!DROPPED_RESPONSE_HEADERS.contains(key)) {
                headers.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
            }
        });
        return new WireResponse(response.statusCode(), headers, cookies, response.body());
    }

    private synchronized LocalServer server(Class<?> functionClass) throws ReflectiveOperationException {
        if (shared == null && !sharedRefused) {
            try {
                shared = LocalServer.start(0, FunctionIndex.load(Thread.currentThread().getContextClassLoader()));
            } catch (IllegalArgumentException conflictingFunctions) {
                sharedRefused = true;
            }
        }
        if (shared != null) {
            return shared;
        }
        LocalServer own = perClass.get(functionClass);
        if (own == null) {
            Class<?> generated = Class.forName(functionClass.getName() + "_PortableFunction", true,
                    functionClass.getClassLoader());
            own = LocalServer.start(0, List.of((HttpFunction) generated.getField("FUNCTION").get(null)));
            perClass.put(functionClass, own);
        }
        return own;
    }

    // HttpClient takes only a valid java.net.URI, so a request a client could still put on the
    // wire (a malformed escape such as %zz, a raw space) cannot be sent by this target.
    private static URI uri(int port, WireRequest request) {
        String target = request.rawPath() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        try {
            return new URI("http://localhost:" + port + target);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("local cannot send " + request + ": java.net.http.HttpClient"
                    + " accepts only a valid URI (RFC 3986), and " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
        perClass.values().forEach(LocalServer::stop);
        perClass.clear();
        sharedRefused = false;
    }
}
