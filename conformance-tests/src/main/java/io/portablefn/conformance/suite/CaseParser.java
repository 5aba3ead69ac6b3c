package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one case file's JSON into an {@link HttpCase}. Strict on purpose: an unknown field or a
 * missing one is an error naming the file, the field and what is allowed, so a typo in a user's
 * case cannot silently weaken it. The format is documented in docs/conformance.md.
 */
final class CaseParser {

    private static final Set<String> CASE_FIELDS = Set.of("id", "description", "rules", "function", "request", "expect",
            "notApplicable");
    private static final Set<String> REQUEST_FIELDS =
            Set.of("method", "path", "headers", "body", "bodyBase64", "bodyRepeat");
    private static final Set<String> BODY_FIELDS = Set.of("body", "bodyBase64", "bodyRepeat");
    private static final Set<String> REPEAT_FIELDS = Set.of("text", "times");
    /** The largest body {@code bodyRepeat} may make: over every front door's limit, with room to spare. */
    static final int MAX_REPEATED_BODY_BYTES = 256 * 1024 * 1024;
    private static final Set<String> EXPECT_FIELDS =
            Set.of("status", "contentType", "json", "text", "base64", "setCookie", "headers", "bodyExcludes");

    private final String source;
    private final CaseJson reader;

    private CaseParser(String source) {
        this.source = source;
        this.reader = new CaseJson(source);
    }

    /** Parses {@code json}, read from {@code source} (a file name, for messages); the function is found by {@code functions}. */
    static HttpCase parse(JsonNode json, String source, FunctionNames functions) {
        return new CaseParser(source).parseCase(json, functions);
    }

    private HttpCase parseCase(JsonNode json, FunctionNames functions) {
        fields(json, "the case", CASE_FIELDS);
        String id = text(json, "id");
        String function = text(json, "function");
        Class<?> functionClass = functions.resolve(function, source);
        return new HttpCase(id, json.path("description").asText(""), strings(json, "rules"), functionClass,
                request(json.get("request")), expectation(json.get("expect")), source, reader.notApplicable(json));
    }

    private WireRequest request(JsonNode json) {
        fields(json, "request", REQUEST_FIELDS);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : strings(json, "headers")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw error("request.headers: \"" + line + "\" is not a header line; write \"Name: value\"");
            }
            headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).strip()));
        }
        if (BODY_FIELDS.stream().filter(json::has).count() > 1) {
            throw error("request: give the body one way only: \"body\" (text), \"bodyBase64\" or \"bodyRepeat\"");
        }
        byte[] body = json.has("bodyBase64") ? base64(json, "bodyBase64")
                : json.has("bodyRepeat") ? repeated(json.get("bodyRepeat"))
                : json.path("body").asText("").getBytes(StandardCharsets.UTF_8);
        return WireRequest.of(text(json, "method").toUpperCase(Locale.ROOT), text(json, "path"), headers, body);
    }

    /**
     * A large body without a large file: {@code {"text": "a", "times": 7340032}} is the UTF-8 of
     * {@code text} {@code times} times over, at most {@link #MAX_REPEATED_BODY_BYTES} bytes.
     */
    private byte[] repeated(JsonNode json) {
        fields(json, "request.bodyRepeat", REPEAT_FIELDS);
        JsonNode text = json.path("text");
        if (!text.isTextual() || text.asText().isEmpty()) {
            throw error("request.bodyRepeat.text must be a non-empty string, e.g. \"a\"");
        }
        JsonNode times = json.path("times");
        if (!times.isIntegralNumber() || !times.canConvertToLong() || times.asLong() < 1) {
            throw error("request.bodyRepeat.times must be a whole number of at least 1, e.g. 7340032");
        }
        byte[] unit = text.asText().getBytes(StandardCharsets.UTF_8);
        long length = unit.length * times.asLong();
        if (times.asLong() > MAX_REPEATED_BODY_BYTES || length > MAX_REPEATED_BODY_BYTES) {
            throw error("request.bodyRepeat makes " + (times.canConvertToInt() ? length + " bytes" : "too many bytes")
                    + "; at most " + MAX_REPEATED_BODY_BYTES + " (256 MiB) are allowed");
        }
        byte[] body = new byte[(int) length];
        for (int at = 0; at < body.length; at += unit.length) {
            System.arraycopy(unit, 0, body, at, unit.length);
        }
        return body;
    }

    private Expectation expectation(JsonNode json) {
        fields(json, "expect", EXPECT_FIELDS);
        if (!json.path("status").canConvertToInt()) {
            throw error("expect.status is missing or not a number");
        }
        int bodies = (json.has("json") ? 1 : 0) + (json.has("text") ? 1 : 0) + (json.has("base64") ? 1 : 0);
        if (bodies > 1) {
            throw error("expect: give at most one of \"json\", \"text\" and \"base64\"");
        }
        Expectation.ExpectedBody body = json.has("json") ? new Expectation.ExpectedBody.Json(json.get("json"))
                : json.has("base64") ? new Expectation.ExpectedBody.Bytes(base64(json, "base64"))
                : new Expectation.ExpectedBody.Text(json.path("text").asText(""));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode expectedHeaders = json.path("headers");
        for (Iterator<String> names = expectedHeaders.fieldNames(); names.hasNext();) {
            String name = names.next();
            headers.put(name.toLowerCase(Locale.ROOT), strings(expectedHeaders, name));
        }
        String contentType = json.path("contentType").isTextual() ? json.get("contentType").asText() : null;
        return new Expectation(json.get("status").asInt(), contentType, body, strings(json, "setCookie"), headers,
                strings(json, "bodyExcludes"));
    }

    private void fields(JsonNode json, String where, Set<String> allowed) {
        reader.fields(json, where, allowed);
    }

    private String text(JsonNode json, String field) {
        return reader.text(json, field);
    }

    private List<String> strings(JsonNode json, String field) {
        return reader.strings(json, field);
    }

    private byte[] base64(JsonNode json, String field) {
        return reader.base64(json, field);
    }

    private CaseFileException error(String problem) {
        return reader.error(problem);
    }
}
