package io.portablefn.conformance.gcp;

import com.google.cloud.functions.HttpResponse;
import io.portablefn.conformance.WireResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The response java-function-invoker 1.4.1 builds ({@code HttpResponseImpl} over Jetty 9.4):
 * status 200 until set; {@code appendHeader} is Jetty's {@code addHeader}, which adds a line,
 * except that Content-Type replaces the content type and Content-Length the length (framing,
 * which the comparison leaves out); the body is what was written. The content type goes out as
 * Jetty spells it ({@link JettyContentTypes}).
 */
final class InvokerResponse implements HttpResponse {

    private int status = 200;
    private String contentType;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private BufferedWriter writer;

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

    WireResponse toWire() throws java.io.IOException {
        if (writer != null) {
            writer.flush();
        }
        Map<String, List<String>> wire = new LinkedHashMap<>(headers);
        if (contentType != null) {
            wire.put("content-type", List.of(JettyContentTypes.onTheWire(contentType)));
        }
        return new WireResponse(status, wire, cookies, body.toByteArray());
    }
}
