package io.portablefn.benchmarks.fakes;

import com.google.cloud.functions.HttpResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A response that keeps what the function set, as the invoker's Jetty response would. */
public final class FakeGcpResponse implements HttpResponse {

    private int status = 200;
    private String contentType;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64);

    /** Makes the response new again, so a benchmark need not allocate one per call. */
    public FakeGcpResponse reset() {
        status = 200;
        contentType = null;
        headers.clear();
        body.reset();
        return this;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void setStatusCode(int code) {
        status = code;
    }

    @Override
    public void setStatusCode(int code, String message) {
        status = code;
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.ofNullable(contentType);
    }

    @Override
    public void appendHeader(String header, String value) {
        headers.computeIfAbsent(header, name -> new ArrayList<>()).add(value);
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    @Override
    public OutputStream getOutputStream() {
        return body;
    }

    @Override
    public BufferedWriter getWriter() {
        return new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }
}
