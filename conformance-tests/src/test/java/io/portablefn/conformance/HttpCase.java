package io.portablefn.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cross-target case: a request to a fixture function and what every target must answer.
 *
 * @param name a stable id
 * @param function the fixture's user class
 * @param request what the client sends
 * @param status the expected status
 * @param contentType the expected Content-Type, or null for none
 * @param body the expected body: JSON text (compared as trees, {@code instance} ignored) when
 *     the content type is JSON, otherwise exact bytes
 * @param cookies the expected Set-Cookie lines
 * @param headers expected header lines, by lower-case name (a subset of what is sent)
 */
record HttpCase(String name, Class<?> function, WireRequest request, int status, String contentType, byte[] body,
        List<String> cookies, Map<String, List<String>> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return name;
    }

    /** The part of a response every target must agree on, in comparable form. */
    static Map<String, Object> comparable(WireResponse response) {
        Map<String, Object> view = new TreeMap<>();
        view.put("status", response.status());
        response.headers().forEach((name, lines) -> {
            if (name.equals("content-type") || name.equals("allow") || name.startsWith("x-")) {
                view.put("header " + name, elements(lines));
            }
        });
        view.put("cookies", response.cookies());
        String contentType = response.header("content-type");
        view.put("body", isJson(contentType) ? tree(response.body()) : Arrays.toString(response.body()));
        return view;
    }

    /** The differences between what a target answered and this case's expectation; empty if none. */
    List<String> differences(WireResponse response) {
        List<String> diffs = new java.util.ArrayList<>();
        if (response.status() != status) {
            diffs.add("status: expected " + status + " but was " + response.status());
        }
        if (!java.util.Objects.equals(contentType, response.header("content-type"))) {
            diffs.add("content-type: expected " + contentType + " but was " + response.header("content-type"));
        }
        if (!cookies.equals(response.cookies())) {
            diffs.add("set-cookie: expected " + cookies + " but was " + response.cookies());
        }
        headers.forEach((name, lines) -> {
            List<String> actual = response.headers().get(name);
            if (actual == null || !elements(lines).equals(elements(actual))) {
                diffs.add("header " + name + ": expected " + lines + " but was " + response.headers().get(name));
            }
        });
        Object expectedBody = isJson(contentType) ? tree(body) : Arrays.toString(body);
        Object actualBody = isJson(contentType) ? tree(response.body()) : Arrays.toString(response.body());
        if (!expectedBody.equals(actualBody)) {
            diffs.add("body: expected " + expectedBody + " but was " + actualBody);
        }
        return diffs;
    }

    /**
     * A header's values as list elements: several lines and one comma-joined line are the same
     * field (RFC 9110, section 5.3), and some clouds can only send the second form.
     */
    static List<String> elements(List<String> lines) {
        return io.portablefn.api.Headers.builder().add("h", String.join(",", lines)).build().all("h");
    }

    static boolean isJson(String contentType) {
        return contentType != null && (contentType.startsWith("application/json")
                || contentType.startsWith("application/problem+json"));
    }

    /** A JSON body as a tree; a problem's {@code instance} (per invocation) is checked and dropped. */
    static Object tree(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node instanceof ObjectNode object && object.has("instance")) {
                String instance = object.remove("instance").asText();
                object.put("instance", instance.startsWith("urn:portablefn:invocation:") ? "<invocation>" : instance);
            }
            return node == null ? "<empty>" : node;
        } catch (IOException notJson) {
            return "<not JSON: " + new String(body, java.nio.charset.StandardCharsets.UTF_8) + ">";
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
