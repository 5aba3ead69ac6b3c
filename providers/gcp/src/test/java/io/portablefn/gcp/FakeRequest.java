package io.portablefn.gcp;

import com.google.cloud.functions.HttpRequest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A request shaped as java-function-invoker 1.4.1 gives it: raw path and query, header lines kept. */
final class FakeRequest implements HttpRequest {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];

    FakeRequest(String method, String rawPath, String rawQuery) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
    }

    FakeRequest header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    FakeRequest body(byte[] bytes) {
        body = bytes;
        return this;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getUri() {
        return "http://localhost" + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
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
        throw new UnsupportedOperationException("the adapter parses getQuery() itself");
    }

    @Override
    public Map<String, HttpPart> getParts() {
        throw new UnsupportedOperationException("not multipart");
    }

    @Override
    public Optional<String> getContentType() {
        return getFirstHeader("Content-Type");
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
        return headers;
    }
}
