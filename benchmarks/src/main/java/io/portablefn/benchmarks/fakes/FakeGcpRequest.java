package io.portablefn.benchmarks.fakes;

import com.google.cloud.functions.HttpRequest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request java-function-invoker hands a function, as it is when the function is called:
 * headers already in a case-insensitive map, the body a stream over bytes already received.
 */
public final class FakeGcpRequest implements HttpRequest {

    private static final Map<String, List<String>> HEADERS = headers();
    private final byte[] body;

    public FakeGcpRequest(byte[] body) {
        this.body = body;
    }

    private static Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", List.of("application/json"));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Content-Length", List.of("14"));
        headers.put("Host", List.of("europe-west1-greet.cloudfunctions.net"));
        headers.put("User-Agent", List.of("bench-client/1.0"));
        headers.put("Function-Execution-Id", List.of("k2j4h6g8f0d1"));
        headers.put("Traceparent", List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        return headers;
    }

    @Override
    public String getMethod() {
        return "POST";
    }

    @Override
    public String getUri() {
        return "https://europe-west1-greet.cloudfunctions.net/greet";
    }

    @Override
    public String getPath() {
        return "/greet";
    }

    @Override
    public Optional<String> getQuery() {
        return Optional.empty();
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        return Map.of();
    }

    @Override
    public Map<String, HttpPart> getParts() {
        return Map.of();
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.of("application/json");
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
        return HEADERS;
    }
}
