package io.portablefn.conformance.gcp;

import com.google.cloud.functions.HttpRequest;
import io.portablefn.conformance.WireRequest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request java-function-invoker 1.4.1 builds ({@code HttpRequestImpl} over Jetty 9.4's
 * servlet request): {@code getPath()} is {@code getRequestURI()}, still percent-encoded;
 * {@code getQuery()} is {@code getQueryString()}, raw, absent when there is none; {@code getHeaders()}
 * is a case-insensitive sorted map of each name to its lines in arrival order, never comma-split.
 */
final class InvokerRequest implements HttpRequest {

    private final WireRequest wire;
    private final Map<String, List<String>> headers;

    InvokerRequest(WireRequest wire) {
        this.wire = wire;
        Map<String, List<String>> lines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        wire.headers().forEach(h -> lines.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        this.headers = Collections.unmodifiableMap(lines);
    }

    @Override
    public String getMethod() {
        return wire.method();
    }

    @Override
    public String getUri() {
        return "http://localhost:8080" + wire.rawPath() + getQuery().map(q -> "?" + q).orElse("");
    }

    @Override
    public String getPath() {
        return wire.rawPath();
    }

    @Override
    public Optional<String> getQuery() {
        return wire.rawQuery().isEmpty() ? Optional.empty() : Optional.of(wire.rawQuery());
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        throw new UnsupportedOperationException("portablefn parses getQuery(); servlet parameter parsing is not modelled");
    }

    @Override
    public Map<String, HttpPart> getParts() {
        throw new UnsupportedOperationException("multipart parsing is not modelled");
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.ofNullable(wire.contentType());
    }

    @Override
    public long getContentLength() {
        return wire.body().length;
    }

    @Override
    public Optional<String> getCharacterEncoding() {
        return Optional.empty();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(wire.body());
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return headers;
    }
}
