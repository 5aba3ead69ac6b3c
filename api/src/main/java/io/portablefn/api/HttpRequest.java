package io.portablefn.api;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An HTTP request as every provider delivers it to a function (docs/mapping.md says where
 * each field comes from on each cloud). Immutable.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.builder()
 *         .method("POST").path("/orders/42").rawQuery("expand=items")
 *         .header("Content-Type", "application/json")
 *         .body("{\"qty\":1}")
 *         .build();
 * }</pre>
 */
public final class HttpRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String path;
    private final QueryParameters query;
    private final Headers headers;
    private final Map<String, String> pathParameters;
    private final byte[] body;
    private final String requestId;
    private final Supplier<String> requestIdSource;
    private Map<String, String> cookies;

    private HttpRequest(String method, String path, QueryParameters query, Headers headers,
            Map<String, String> pathParameters, byte[] body, String requestId, Supplier<String> requestIdSource) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.pathParameters = pathParameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
        this.body = body;
        this.requestId = requestId;
        this.requestIdSource = requestIdSource;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The method, upper-case. */
    public String method() {
        return method;
    }

    /** The path, percent-decoded as UTF-8 ({@code +} stays {@code +}); never empty. */
    public String path() {
        return path;
    }

    public QueryParameters query() {
        return query;
    }

    public Headers headers() {
        return headers;
    }

    /** The value of the path parameter {@code name} of the trigger's path template. */
    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /**
     * The cookies of the {@code Cookie} header, by name, in order; where a name repeats the
     * first wins (RFC 6265 sends the most specific first). Values are as sent.
     */
    public Map<String, String> cookies() {
        Map<String, String> parsed = cookies;
        if (parsed == null) {
            parsed = new LinkedHashMap<>();
            for (String pair : headers.get("cookie").orElse("").split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parsed.putIfAbsent(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            cookies = parsed = Collections.unmodifiableMap(parsed);
        }
        return parsed;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies().get(name));
    }

    /** The body bytes, base64 already undone; empty, never null. Do not modify. */
    public byte[] body() {
        return body;
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The id the cloud's front door gave this request (docs/mapping.md lists the source). */
    public String requestId() {
        return requestIdSource == null ? requestId : requestIdSource.get();
    }

    /** A copy with the given path parameters; used by the runtime after matching the path. */
    public HttpRequest withPathParameters(Map<String, String> parameters) {
        if (parameters.isEmpty() && pathParameters.isEmpty()) {
            return this;
        }
        return new HttpRequest(method, path, query, headers, parameters, body, requestId, requestIdSource);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " " + headers;
    }

    /** Builds an {@link HttpRequest}; method defaults to GET and path to {@code /}. */
    public static final class Builder {
        private String method = "GET";
        private String path = "/";
        private QueryParameters query = QueryParameters.empty();
        // Both made on first use: an adapter that hands over headers with headers(Consumer) and
        // routes afterwards needs neither, and this builder runs once per request.
        private Headers.Builder headers;
        private Consumer<Headers.Builder> headerSource;
        private Map<String, String> pathParameters;
        private byte[] body = NO_BODY;
        private String requestId = "";
        private Supplier<String> requestIdSource;

        private Builder() {
        }

        public Builder method(String method) {
            this.method = upperCase(Objects.requireNonNull(method, "method"));
            return this;
        }

        // Runs on every request, and methods nearly always arrive upper-case: a plain A-Z check
        // is cheaper than String.toUpperCase's per-character Unicode lookups.
        private static String upperCase(String method) {
            for (int i = 0; i < method.length(); i++) {
                char c = method.charAt(i);
                if (c < 'A' || c > 'Z') {
                    return method.toUpperCase(Locale.ROOT);
                }
            }
            return method;
        }

        /** The already-decoded path; an empty or null path becomes {@code /}. */
        public Builder path(String path) {
            this.path = path == null || path.isEmpty() ? "/" : path;
            return this;
        }

        public Builder query(QueryParameters query) {
            this.query = Objects.requireNonNull(query, "query");
            return this;
        }

        /** Parses a raw query string; see {@link QueryParameters#parse(String)}. */
        public Builder rawQuery(String rawQuery) {
            return query(QueryParameters.parse(rawQuery));
        }

        /** Adds one header line. */
        public Builder header(String name, String value) {
            if (headers == null) {
                headers = Headers.builder();
            }
            headers.add(name, value);
            return this;
        }

        /**
         * Takes the header lines from {@code source}, which is called only once the function
         * first reads a header, so that a function that never does never pays for copying them.
         * {@code source} adds the native request's lines to the builder it is given, the same
         * lines on every call (it runs again if two threads read first at once), and reads
         * nothing that may change after this request is built. Lines added with
         * {@link #header(String, String)} come after the source's. For adapters:
         *
         * <pre>{@code
         * Map<String, List<String>> lines = nativeRequest.getHeaders();
         * builder.headers(into -> lines.forEach((name, values) -> values.forEach(value -> into.add(name, value))));
         * }</pre>
         */
        public Builder headers(Consumer<Headers.Builder> source) {
            this.headerSource = Objects.requireNonNull(source, "source");
            return this;
        }

        public Builder pathParameter(String name, String value) {
            if (pathParameters == null) {
                pathParameters = new LinkedHashMap<>();
            }
            pathParameters.put(name, value);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? NO_BODY : body;
            return this;
        }

        public Builder body(String body) {
            return body(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId == null ? "" : requestId;
            this.requestIdSource = null;
            return this;
        }

        /**
         * The request id, looked up only when first asked for: for a cloud whose id sits in a
         * header that would otherwise be searched on every request. {@code source} is called on
         * every {@link HttpRequest#requestId()} and must give the same non-null id each time.
         */
        public Builder requestIdFrom(Supplier<String> source) {
            this.requestIdSource = Objects.requireNonNull(source, "source");
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(method, path, query, buildHeaders(),
                    pathParameters == null ? Map.of() : pathParameters, body, requestId, requestIdSource);
        }

        private Headers buildHeaders() {
            if (headerSource == null) {
                return headers == null ? Headers.empty() : headers.build();
            }
            Consumer<Headers.Builder> source = headerSource;
            if (headers == null) {
                return Headers.deferred(source);
            }
            Headers added = headers.build();
            return Headers.deferred(into -> {
                source.accept(into);
                added.copyTo(into);
            });
        }
    }
}
