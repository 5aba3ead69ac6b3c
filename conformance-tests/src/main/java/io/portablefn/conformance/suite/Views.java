package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.portablefn.api.Headers;
import io.portablefn.conformance.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The forms in which responses are compared: header list elements, JSON trees, agreement views. */
final class Views {

    /** A problem's {@code instance} names the invocation, so it differs on every call; only its prefix is fixed. */
    static final String INVOCATION_PREFIX = "urn:portablefn:invocation:";
    /** What a case file writes for "some invocation's instance". */
    static final String ANY_INVOCATION = INVOCATION_PREFIX + "<id>";

    /** What a case file writes for "the provider this target must report" ({@code Context.provider()}). */
    static final String ANY_PROVIDER = "<provider>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHORT = 300;

    private Views() {
    }

    /**
     * A header's values as list elements: several lines and one comma-joined line are the same
     * field (RFC 9110, section 5.3), and some clouds can only send the second form.
     */
    static List<String> elements(List<String> lines) {
        return Headers.builder().add("h", String.join(",", lines)).build().all("h");
    }

    static boolean isJson(String contentType) {
        return contentType != null && (contentType.startsWith("application/json")
                || contentType.startsWith("application/problem+json"));
    }

    /** A body as a JSON tree with a per-invocation {@code instance} made fixed; a text node saying so if not JSON. */
    static JsonNode tree(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                return TextNode.valueOf("<empty body>");
            }
            if (node instanceof ObjectNode object && object.path("instance").asText("").startsWith(INVOCATION_PREFIX)) {
                object.put("instance", ANY_INVOCATION);
            }
            return node;
        } catch (IOException notJson) {
            return TextNode.valueOf("<not JSON: " + shorten(new String(body, StandardCharsets.UTF_8)) + ">");
        }
    }

    /** A copy of an expected tree with each {@value #ANY_PROVIDER} text replaced by the provider's name. */
    static JsonNode withProvider(JsonNode expected, io.portablefn.api.Provider provider) {
        if (expected.isTextual() && expected.asText().equals(ANY_PROVIDER)) {
            return TextNode.valueOf(provider.name());
        }
        JsonNode copy = expected.deepCopy();
        if (copy instanceof ObjectNode object) {
            expected.fields().forEachRemaining(member -> object.set(member.getKey(),
                    withProvider(member.getValue(), provider)));
        } else if (copy instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withProvider(expected.get(i), provider));
            }
        }
        return copy;
    }

    /**
     * The part of a response every target must agree on: status, content type, {@code allow} and
     * {@code x-*} headers as list elements, cookies, and the body (a JSON tree, else base64).
     * Other headers are left out because each cloud adds its own, and so are the body's
     * {@code providerMembers}, which name each target's own provider (already checked against
     * the expectation).
     */
    static Map<String, String> agreementView(WireResponse response, java.util.Set<String> providerMembers) {
        Map<String, String> view = new TreeMap<>();
        view.put("status", Integer.toString(response.status()));
        response.headers().forEach((name, lines) -> {
            if (name.equals("content-type") || name.equals("allow") || name.startsWith("x-")) {
                view.put("header " + name, elements(lines).toString());
            }
        });
        view.put("set-cookie", response.cookies().toString());
        JsonNode json = isJson(response.header("content-type")) ? tree(response.body()) : null;
        if (json instanceof ObjectNode object) {
            providerMembers.forEach(member -> object.put(member, ANY_PROVIDER));
        }
        view.put("body", json != null ? canonical(json).toString()
                : "base64 " + Base64.getEncoder().encodeToString(response.body()));
        return view;
    }

    /** The same tree with object members sorted by name, so equal trees print the same. */
    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JSON.createObjectNode();
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> sorted.set(name, canonical(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode array = JSON.createArrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return node;
    }

    /** Long values cut for messages a person reads. */
    static String shorten(String text) {
        String shown = text.length() > SHORT ? text.substring(0, SHORT) + "... (" + text.length() + " chars)" : text;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
