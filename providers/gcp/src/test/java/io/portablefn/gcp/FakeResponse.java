package io.portablefn.gcp;

import com.google.cloud.functions.HttpResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records calls; content type handled as Jetty's addHeader/setContentType do (replace, one line). */
final class FakeResponse implements HttpResponse {

    int status = 200;
    String contentType;
    final List<Map.Entry<String, String>> appended = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

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
    public void appendHeader(String header, String value) {
        appended.add(Map.entry(header, value));
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        appended.forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
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
