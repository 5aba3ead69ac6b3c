package io.portablefn.conformance.suite;

import io.portablefn.api.Provider;
import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The response a case expects. Every field is checked: an absent content type means none, an
 * absent body means an empty one, no {@code setCookie} lines means none. {@code headers} is a
 * subset: only the names it lists are checked, as list elements (RFC 9110 section 5.3), because
 * some clouds can only send repeated values as one comma-joined line.
 *
 * @param status the status code
 * @param contentType the Content-Type line, exactly, or null for none
 * @param body the expected body
 * @param setCookie the Set-Cookie lines, in order
 * @param headers header name (lower case) to expected lines
 * @param bodyExcludes strings the body must never contain (a leaked secret, a stack frame)
 */
public record Expectation(int status, String contentType, ExpectedBody body, List<String> setCookie,
        Map<String, List<String>> headers, List<String> bodyExcludes) {

    public Expectation {
        setCookie = List.copyOf(setCookie);
        headers = Map.copyOf(headers);
        bodyExcludes = List.copyOf(bodyExcludes);
    }

    /**
     * What differs between {@code response} and this expectation, one line per field; empty if
     * nothing. A JSON body's {@value Views#ANY_PROVIDER} stands for {@code provider}, the
     * provider the answering target must report.
     */
    public List<String> differences(WireResponse response, Provider provider) {
        List<String> diffs = new ArrayList<>();
        if (response.status() != status) {
            diffs.add("status: expected " + status + ", was " + response.status());
        }
        String actualType = response.header("content-type");
        if (!Objects.equals(contentType, actualType)) {
            diffs.add("content-type: expected " + quoted(contentType) + ", was " + quoted(actualType));
        }
        if (!setCookie.equals(response.cookies())) {
            diffs.add("set-cookie: expected " + setCookie + ", was " + response.cookies());
        }
        headers.forEach((name, lines) -> {
            List<String> actual = response.headers().get(name);
            if (actual == null || !Views.elements(lines).equals(Views.elements(actual))) {
                diffs.add("header " + name + ": expected " + lines + ", was " + (actual == null ? "absent" : actual));
            }
        });
        diffs.addAll(body instanceof ExpectedBody.Json json
                ? JsonDiff.differences(Views.withProvider(json.tree(), provider), Views.tree(response.body()))
                : body.differences(response.body()));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        for (String excluded : bodyExcludes) {
            if (text.contains(excluded)) {
                diffs.add("body: must not contain " + quoted(excluded) + ", but does: " + Views.shorten(text));
            }
        }
        return diffs;
    }

    /** The top-level members of the expected JSON body that hold {@value Views#ANY_PROVIDER}; none for other bodies. */
    Set<String> providerMembers() {
        Set<String> members = new java.util.TreeSet<>();
        if (body instanceof ExpectedBody.Json json) {
            json.tree().fields().forEachRemaining(member -> {
                if (member.getValue().asText("").equals(Views.ANY_PROVIDER)) {
                    members.add(member.getKey());
                }
            });
        }
        return members;
    }

    private static String quoted(String value) {
        return value == null ? "none" : "\"" + value + "\"";
    }

    /** An expected body: JSON compared as a tree, exact text, or exact bytes. */
    public sealed interface ExpectedBody {

        List<String> differences(byte[] actual);

        /** A JSON body, compared as a tree (member order ignored); see {@link Views#tree}. */
        record Json(com.fasterxml.jackson.databind.JsonNode tree) implements ExpectedBody {
            @Override
            public List<String> differences(byte[] actual) {
                return JsonDiff.differences(tree, Views.tree(actual));
            }
        }

        /** A text body, compared as UTF-8 text; the empty text is the empty body. */
        record Text(String text) implements ExpectedBody {
            @Override
            public List<String> differences(byte[] actual) {
                if (java.util.Arrays.equals(actual, text.getBytes(StandardCharsets.UTF_8))) {
                    return List.of();
                }
                String was = new String(actual, StandardCharsets.UTF_8);
                return List.of(text.isEmpty() ? "body: expected none, was " + Views.shorten(was)
                                : "body: expected " + Views.shorten(text) + ", was " + Views.shorten(was));
            }
        }

        /** A binary body, compared byte for byte; shown as base64. */
        record Bytes(byte[] bytes) implements ExpectedBody {
            @Override
            public List<String> differences(byte[] actual) {
                return java.util.Arrays.equals(bytes, actual) ? List.of()
                        : List.of("body (base64): expected " + Base64.getEncoder().encodeToString(bytes) + ", was "
                                + Base64.getEncoder().encodeToString(actual));
            }
        }
    }
}
