package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the AWS front doors share: splitting the wire request, and reading a Lambda answer. */
final class Wire {

    static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    /** Header lines grouped by name, case-insensitively, in order; names lower-cased or as first sent. */
    static Map<String, List<String>> groupHeaders(List<Map.Entry<String, String>> lines, boolean lowerCase) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : lines) {
            String key = line.getKey().toLowerCase(Locale.ROOT);
            String name = spelling.computeIfAbsent(key, k -> lowerCase ? k : line.getKey());
            grouped.computeIfAbsent(name, n -> new ArrayList<>()).add(line.getValue());
        }
        return grouped;
    }

    /** The query's pairs in order; decoded as a form (percent escapes, '+' is a space) or left as sent. */
    static List<Map.Entry<String, String>> queryPairs(String rawQuery, boolean decode) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(Map.entry(decode ? formDecode(key) : key, decode ? formDecode(value) : value));
        }
        return pairs;
    }

    /** Pairs grouped by key, in order of first appearance. */
    static Map<String, List<String>> groupPairs(List<Map.Entry<String, String>> pairs) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        pairs.forEach(pair -> grouped.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue()));
        return grouped;
    }

    /** Percent-decodes a path; '+' stays '+'. */
    static String decodePath(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String formDecode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /**
     * The text content types AWS passes as text rather than base64 (Function URL and HTTP API
     * docs: text/*, JSON, XML, JavaScript, form data); anything else, or none, is binary.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.startsWith("application/x-www-form-urlencoded");
    }

    static void putMap(ObjectNode event, String field, Map<String, String> map) {
        if (map.isEmpty()) {
            event.putNull(field);
        } else {
            ObjectNode node = event.putObject(field);
            map.forEach(node::put);
        }
    }

    /**
     * The X-Ray header API Gateway and Function URLs add when the client sent none: a trace of
     * the front door's own, with no parent (as in the captured events in
     * ../shared/provider-events/aws, such as apigw-v2-no-authorizer-go.json and
     * function-url-get-no-body-captured-go.json); what the client sent passes unchanged.
     */
    static void addTraceHeader(Map<String, List<String>> headers, String name) {
        if (headers.keySet().stream().noneMatch(header -> header.equalsIgnoreCase("x-amzn-trace-id"))) {
            headers.put(name, List.of(AlbFront.TRACE_ID));
        }
    }

    /**
     * Payload format 1.0's headers and query (REST APIs and HTTP APIs with 1.0): each as a
     * single-value map holding the last value, and as a multi-value map holding all of them.
     */
    static void putPayloadV1Parameters(ObjectNode event, WireRequest request, boolean lowerCaseHeaders) {
        Map<String, List<String>> headers = groupHeaders(request.headers(), lowerCaseHeaders);
        addTraceHeader(headers, lowerCaseHeaders ? "x-amzn-trace-id" : "X-Amzn-Trace-Id");
        putMap(event, "headers", lastValues(headers));
        putMultiMap(event, "multiValueHeaders", headers);
        Map<String, List<String>> query = groupPairs(queryPairs(request.rawQuery(), true));
        putMap(event, "queryStringParameters", lastValues(query));
        putMultiMap(event, "multiValueQueryStringParameters", query);
    }

    static void putMultiMap(ObjectNode event, String field, Map<String, List<String>> map) {
        if (map.isEmpty()) {
            event.putNull(field);
        } else {
            ObjectNode node = event.putObject(field);
            map.forEach((key, values) -> {
                ArrayNode array = node.putArray(key);
                values.forEach(array::add);
            });
        }
    }

    static Map<String, String> lastValues(Map<String, List<String>> grouped) {
        Map<String, String> last = new LinkedHashMap<>();
        grouped.forEach((key, values) -> last.put(key, values.get(values.size() - 1)));
        return last;
    }

    static Map<String, String> joined(Map<String, List<String>> grouped) {
        Map<String, String> joined = new LinkedHashMap<>();
        grouped.forEach((key, values) -> joined.put(key, String.join(",", values)));
        return joined;
    }

    /** The body as the client receives it: base64 undone when the answer says so. */
    static byte[] body(JsonNode response) {
        JsonNode body = response.get("body");
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        boolean base64 = response.path("isBase64Encoded").asBoolean(false);
        return base64 ? Base64.getDecoder().decode(body.asText()) : body.asText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Builds the client's response from header lines by name; Set-Cookie lines, wherever the
     * answer put them, go to the cookies.
     */
    static WireResponse response(int status, Map<String, List<String>> headers, List<String> cookies, byte[] body) {
        Map<String, List<String>> plain = new LinkedHashMap<>();
        List<String> allCookies = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("set-cookie")) {
                allCookies.addAll(values);
            } else {
                plain.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
            }
        });
        allCookies.addAll(cookies);
        return new WireResponse(status, plain, allCookies, body);
    }

    static Map<String, List<String>> readMultiMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(field -> {
                List<String> values = new ArrayList<>();
                field.getValue().forEach(value -> values.add(value.asText()));
                map.put(field.getKey(), values);
            });
        }
        return map;
    }

    static Map<String, List<String>> readSingleMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(
                    field -> map.put(field.getKey(), new ArrayList<>(List.of(field.getValue().asText()))));
        }
        return map;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
