package io.portablefn.testkit.gcp;

import com.google.cloud.functions.HttpResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The response java-function-invoker 1.4.1 builds ({@code HttpResponseImpl} over Jetty 9.4):
 * status 200 until set; {@code appendHeader} is Jetty's {@code addHeader}, which adds a line,
 * except that Content-Type replaces the content type and Content-Length the length (framing, not
 * kept here); {@code getWriter()} is one writer per response; the body is what was written.
 *
 * <p>Besides Jetty's view it keeps every {@code appendHeader} call as made ({@link #appended()}),
 * for tests that check exactly what a function asked for.
 */
public final class InvokerResponse implements HttpResponse {

    private int status = 200;
    private String contentType;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private final List<Map.Entry<String, String>> appended = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64);
    private BufferedWriter writer;

    /** Makes the response new again, so a benchmark need not allocate one per call. */
    public InvokerResponse reset() {
        status = 200;
        contentType = null;
        headers.clear();
        cookies.clear();
        appended.clear();
        body.reset();
        writer = null;
        return this;
    }

    @Override
    public void setStatusCode(int code) {
        status = code;
    }

    @Override
    @Deprecated
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
    public void appendHeader(String name, String value) {
        appended.add(Map.entry(name, value));
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("content-type")) {
            contentType = value;
        } else if (key.equals("set-cookie")) {
            cookies.add(value);
        } else if (!key.equals("content-length")) {
            headers.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("content-type", List.of(contentType));
        }
        if (!cookies.isEmpty()) {
            all.put("set-cookie", List.copyOf(cookies));
        }
        return all;
    }

    @Override
    public OutputStream getOutputStream() {
        return body;
    }

    @Override
    public synchronized BufferedWriter getWriter() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    public int status() {
        return status;
    }

    /** Header lines by lower-case name, in order, without content-type, content-length and set-cookie. */
    public Map<String, List<String>> headerLines() {
        return Collections.unmodifiableMap(headers);
    }

    /** The Set-Cookie lines, in order. */
    public List<String> cookies() {
        return List.copyOf(cookies);
    }

    /** Every {@code appendHeader} call, name as given, in order. */
    public List<Map.Entry<String, String>> appended() {
        return List.copyOf(appended);
    }

    /** What was written, the writer flushed first. */
    public byte[] body() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
        return body.toByteArray();
    }

    public String bodyAsString() {
        return new String(body(), StandardCharsets.UTF_8);
    }
}
