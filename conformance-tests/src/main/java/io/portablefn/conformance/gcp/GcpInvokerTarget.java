package io.portablefn.conformance.gcp;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
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
 * Google Cloud Functions on the real runtime: java-function-invoker 1.4.1 (Jetty 9.4) in its own
 * process on a loopback port, one process per function class, started on first use and kept
 * until {@link #close()}. Requests go over HTTP/1.1 with {@link HttpClient}.
 *
 * <p>What differs from the request a client would send, because of {@link HttpClient}: it refuses
 * to set {@link #SKIPPED_REQUEST_HEADERS} and writes them itself (Host is {@code 127.0.0.1:port},
 * Content-Length matches the body), and adds {@code User-Agent: Java-http-client/...} when the
 * request has none. What is left out of the response, because the server adds it and not the
 * function: {@link #DROPPED_RESPONSE_HEADERS} (Jetty's Date, Server, framing and connection
 * management). A request whose path or query is not a valid {@link URI} (such as a malformed
 * escape {@code %zz}) cannot be sent and fails with an {@link IllegalArgumentException}.
 */
public final class GcpInvokerTarget implements Target {

    /** Request headers {@link HttpClient} does not let a caller set (JDK 17 restricted headers). */
    public static final Set<String> SKIPPED_REQUEST_HEADERS =
            Set.of("host", "connection", "content-length", "expect", "upgrade");

    /** Response headers Jetty adds on its own: date and server stamps, framing, keep-alive. */
    public static final Set<String> DROPPED_RESPONSE_HEADERS =
            Set.of("date", "server", "content-length", "transfer-encoding", "connection", "keep-alive");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Class<?>, InvokerProcess> processes = new HashMap<>();

    @Override
    public String name() {
        return "gcp-invoker";
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        URI uri = uri(process(functionClass).base, request);
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers()) {
            if (!SKIPPED_REQUEST_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                http.header(header.getKey(), header.getValue());
            }
        }
        HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        return toWire(response.statusCode(), response.headers(), response.body());
    }

    // HttpClient takes only a valid java.net.URI, so a request a client could still put on the
    // wire (a malformed escape such as %zz, a raw space) cannot be sent by this target.
    private static URI uri(URI base, WireRequest request) {
        String target = request.rawPath() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        try {
            return new URI(base + target);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("gcp-invoker cannot send " + request + ": java.net.http.HttpClient"
                    + " accepts only a valid URI (RFC 3986), and " + e.getMessage(), e);
        }
    }

    static WireResponse toWire(int status, HttpHeaders received, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        received.map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("set-cookie")) {
                cookies.addAll(values);
            } else if (!DROPPED_RESPONSE_HEADERS.contains(key) && !key.startsWith(":")) {
                headers.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
            }
        });
        return new WireResponse(status, headers, cookies, body);
    }

    private synchronized InvokerProcess process(Class<?> functionClass) throws Exception {
        InvokerProcess process = processes.get(functionClass);
        if (process == null) {
            process = InvokerProcess.start(EntryPoints.gcpFunction(functionClass), client);
            processes.put(functionClass, process);
        }
        return process;
    }

    /** The log of the process serving {@code functionClass}, for diagnosing a failed case. */
    public synchronized String log(Class<?> functionClass) {
        InvokerProcess process = processes.get(functionClass);
        return process == null ? "" : process.log();
    }

    @Override
    public synchronized void close() {
        for (InvokerProcess process : processes.values()) {
            process.close();
        }
        processes.clear();
    }
}
