package io.portablefn.testkit.gcp;

import com.google.cloud.functions.HttpRequest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request java-function-invoker 1.4.1 builds ({@code HttpRequestImpl} over Jetty 9.4's
 * servlet request): {@code getPath()} is {@code getRequestURI()}, still percent-encoded;
 * {@code getQuery()} is {@code getQueryString()}, raw, absent when there is none; {@code getHeaders()}
 * is a case-insensitive sorted map of each name to its lines in arrival order, never comma-split;
 * the body is a stream over bytes already received, new on each call.
 *
 * <p>Built once ({@link #header}, {@link #body}), then only read: one instance may serve many calls.
 */
public final class InvokerRequest implements HttpRequest {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];

    /**
     * @param rawPath the request target's path, percent-encoded as sent
     * @param rawQuery the query string as sent, without '?'; null or empty when there is none
     */
    public InvokerRequest(String method, String rawPath, String rawQuery) {
        this.method = Objects.requireNonNull(method, "method");
        this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
        this.rawQuery = rawQuery == null || rawQuery.isEmpty() ? null : rawQuery;
    }

    /** Adds one header line; a name seen before (in any case) keeps its first spelling. */
    public InvokerRequest header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    public InvokerRequest body(byte[] bytes) {
        body = bytes.clone();
        return this;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getUri() {
        return "http://localhost:8080" + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
    }

    @Override
    public String getPath() {
        return rawPath;
    }

    @Override
    public Optional<String> getQuery() {
        return Optional.ofNullable(rawQuery);
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        throw new UnsupportedOperationException(
                "portablefn parses getQuery(); servlet parameter parsing is not modelled");
    }

    @Override
    public Map<String, HttpPart> getParts() {
        throw new UnsupportedOperationException("multipart parsing is not modelled");
    }

    @Override
    public Optional<String> getContentType() {
        List<String> lines = headers.get("content-type");
        return lines == null ? Optional.empty() : Optional.of(lines.get(0));
    }

    @Override
    public long getContentLength() {
        return body.length;
    }

    @Override
    public Optional<String> getCharacterEncoding() {
        return Optional.empty();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Collections.unmodifiableMap(headers);
    }
}
