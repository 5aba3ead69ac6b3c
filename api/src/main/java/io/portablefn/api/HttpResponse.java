package io.portablefn.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP response, the same on every provider. Immutable.
 *
 * <pre>{@code
 * return HttpResponse.ok().text("Hello");
 * return HttpResponse.status(201).header("Location", "/orders/42").json(order);
 * return HttpResponse.ok().cookie("session=abc; Path=/; HttpOnly").cookie("theme=dark").build();
 * return HttpResponse.ok().contentType("image/png").bytes(png);
 * }</pre>
 *
 * <p>Header names are lower-cased; a header may have several values, each sent as its own line.
 * A name must be an RFC 9110 token and a value (or cookie) a field-value without control
 * characters: the builder rejects a CR, LF or NUL at once, so no cloud can be made to send an
 * injected header line; the function then fails like any other bug (logged, a 500 problem).
 * {@code Set-Cookie} values are kept apart in {@link #cookies()}, since clouds carry them apart.
 * Unless a {@code Content-Type} is set, text is {@code text/plain;charset=utf-8}, JSON is
 * {@code application/json} and bytes are {@code application/octet-stream}.
 */
public final class HttpResponse {

    /** What the body holds, which decides how a cloud carries it (bytes go out base64 on AWS). */
    public enum BodyKind { NONE, TEXT, JSON, BINARY }

    private static final byte[] NO_BODY = new byte[0];

    // Most responses set no header of their own: they share one read-only map per body kind.
    private static final Map<String, List<String>> NONE_HEADERS = defaultHeaders(BodyKind.NONE);
    private static final Map<String, List<String>> TEXT_HEADERS = defaultHeaders(BodyKind.TEXT);
    private static final Map<String, List<String>> JSON_HEADERS = defaultHeaders(BodyKind.JSON);
    private static final Map<String, List<String>> BINARY_HEADERS = defaultHeaders(BodyKind.BINARY);

    private final int status;
    private final Map<String, List<String>> headers;
    private final List<String> cookies;
    private final BodyKind bodyKind;
    private final byte[] body;
    private final Object jsonValue;

    private HttpResponse(Builder b, BodyKind kind, byte[] body, Object jsonValue) {
        this.status = b.status;
        this.headers = headers(b.headers, kind);
        this.cookies = b.cookies == null ? List.of() : List.copyOf(b.cookies);
        this.bodyKind = kind;
        this.body = body;
        this.jsonValue = jsonValue;
    }

    private static Map<String, List<String>> headers(Map<String, List<String>> set, BodyKind kind) {
        if (set == null) {
            switch (kind) {
                case TEXT: return TEXT_HEADERS;
                case JSON: return JSON_HEADERS;
                case BINARY: return BINARY_HEADERS;
                default: return NONE_HEADERS;
            }
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        set.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        if (kind != BodyKind.NONE && !copy.containsKey("content-type")) {
            copy.put("content-type", List.of(defaultContentType(kind)));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> defaultHeaders(BodyKind kind) {
        Map<String, List<String>> only = new LinkedHashMap<>();
        if (kind != BodyKind.NONE) {
            only.put("content-type", List.of(defaultContentType(kind)));
        }
        return Collections.unmodifiableMap(only);
    }

    /** A builder for a 200 response. */
    public static Builder ok() {
        return status(200);
    }

    /** A builder for a response with this status (100 to 599). */
    public static Builder status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100 to 599, got " + status);
        }
        return new Builder(status);
    }

    /** A 204 with no body. */
    public static HttpResponse noContent() {
        return status(204).build();
    }

    public int status() {
        return status;
    }

    /** Header names (lower-case) to their values in order; without Set-Cookie. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The {@code Set-Cookie} values, each sent as its own header line. */
    public List<String> cookies() {
        return cookies;
    }

    public BodyKind bodyKind() {
        return bodyKind;
    }

    /**
     * The encoded body; empty if there is none. For a body given with {@link Builder#json(Object)}
     * it is empty until the runtime has encoded {@link #jsonValue()}.
     */
    public byte[] body() {
        return body;
    }

    /** The object given to {@link Builder#json(Object)}, not yet encoded; otherwise null. */
    public Object jsonValue() {
        return jsonValue;
    }

    /** True when the body was given as an object whose JSON encoding is still to be done. */
    public boolean hasPendingJson() {
        return jsonValue != null;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A builder holding this response's status, headers and cookies, but no body. */
    public Builder toBuilder() {
        Builder copy = new Builder(status);
        headers.forEach((name, values) -> copy.headers().put(name, new ArrayList<>(values)));
        if (!cookies.isEmpty()) {
            copy.cookies().addAll(cookies);
        }
        return copy;
    }

    @Override
    public String toString() {
        return status + " " + headers + " cookies=" + cookies + " " + bodyKind + "(" + body.length + " bytes)";
    }

    private static String defaultContentType(BodyKind kind) {
        switch (kind) {
            case TEXT: return "text/plain;charset=utf-8";
            case JSON: return "application/json";
            default: return "application/octet-stream";
        }
    }

    /** Builds a response; ends with one of the body methods or {@link #build()}. */
    public static final class Builder {
        private final int status;
        // Made on first use: most responses add no header and no cookie.
        private Map<String, List<String>> headers;
        private List<String> cookies;

        private Builder(int status) {
            this.status = status;
        }

        private Map<String, List<String>> headers() {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            return headers;
        }

        private List<String> cookies() {
            if (cookies == null) {
                cookies = new ArrayList<>();
            }
            return cookies;
        }

        /**
         * Adds a header line; {@code Set-Cookie} goes to {@link #cookie(String)}.
         *
         * @throws IllegalArgumentException if the name is not an RFC 9110 token, or the value
         *     holds a CR, LF, NUL or other control character, a character above U+00FF, or
         *     begins or ends with a space or tab (so no header can be injected on any cloud)
         */
        public Builder header(String name, String value) {
            String key = FieldSyntax.name(name).toLowerCase(Locale.ROOT);
            if (key.equals("set-cookie")) {
                return cookie(value);
            }
            headers().computeIfAbsent(key, k -> new ArrayList<>(1)).add(FieldSyntax.value(key, value));
            return this;
        }

        /**
         * Adds a {@code Set-Cookie} line, e.g. {@code "id=42; Path=/; HttpOnly"}.
         *
         * @throws IllegalArgumentException if it holds what {@link #header} rejects in a value
         */
        public Builder cookie(String setCookie) {
            cookies().add(FieldSyntax.value("set-cookie", setCookie));
            return this;
        }

        /**
         * Sets (replaces) the Content-Type.
         *
         * @throws IllegalArgumentException if it holds what {@link #header} rejects in a value
         */
        public Builder contentType(String contentType) {
            headers().put("content-type", new ArrayList<>(List.of(FieldSyntax.value("content-type", contentType))));
            return this;
        }

        /** A response with no body. */
        public HttpResponse build() {
            return new HttpResponse(this, BodyKind.NONE, NO_BODY, null);
        }

        /** A UTF-8 text body. */
        public HttpResponse text(String text) {
            return new HttpResponse(this, BodyKind.TEXT, text.getBytes(StandardCharsets.UTF_8), null);
        }

        /** A body the runtime encodes as JSON with the project's one JSON configuration. */
        public HttpResponse json(Object value) {
            if (value == null) {
                return jsonBytes("null".getBytes(StandardCharsets.UTF_8));
            }
            return new HttpResponse(this, BodyKind.JSON, NO_BODY, value);
        }

        /** A body that is already JSON text, as UTF-8 bytes. */
        public HttpResponse jsonBytes(byte[] json) {
            return new HttpResponse(this, BodyKind.JSON, json.clone(), null);
        }

        /** A binary body, sent byte for byte (base64 where a cloud needs it). */
        public HttpResponse bytes(byte[] bytes) {
            return new HttpResponse(this, BodyKind.BINARY, bytes.clone(), null);
        }
    }
}
