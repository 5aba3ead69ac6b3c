package io.portablefn.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as a client puts it on the wire: what every target receives, before any
 * cloud has touched it. Targets turn it into their cloud's native event.
 *
 * @param method upper-case method
 * @param rawPath the path as sent, still percent-encoded, e.g. {@code /files/a%20b}
 * @param rawQuery the query as sent without {@code ?}, still encoded; empty for none
 * @param headers header lines in order; a name may repeat. Names as the client wrote them.
 * @param body the body bytes; empty for none
 */
public record WireRequest(String method, String rawPath, String rawQuery,
        List<Map.Entry<String, String>> headers, byte[] body) {

    public WireRequest {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    public static WireRequest get(String rawPathAndQuery) {
        return of("GET", rawPathAndQuery, List.of(), new byte[0]);
    }

    /** Splits {@code /path?query} at the first {@code ?}. */
    public static WireRequest of(String method, String rawPathAndQuery, List<Map.Entry<String, String>> headers,
            byte[] body) {
        int q = rawPathAndQuery.indexOf('?');
        String path = q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q);
        String query = q < 0 ? "" : rawPathAndQuery.substring(q + 1);
        return new WireRequest(method, path, query, headers, body);
    }

    public static WireRequest of(String method, String rawPathAndQuery, List<Map.Entry<String, String>> headers,
            String body) {
        return of(method, rawPathAndQuery, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Every value of a header, by case-insensitive name, in order. */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return values;
    }

    /** The content type, or null. */
    public String contentType() {
        List<String> values = headerValues("content-type");
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes, without copying it (a front door's size limit needs no more). */
    public int bodyLength() {
        return body.length;
    }

    @Override
    public String toString() {
        return method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " " + headers
                + " (" + body.length + " bytes)";
    }
}
