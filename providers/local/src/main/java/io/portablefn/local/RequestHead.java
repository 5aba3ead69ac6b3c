package io.portablefn.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request line and header lines of one request, as sent (names in their case, values with
 * surrounding whitespace removed, lines in order).
 *
 * @param method the method token, as sent
 * @param target the request target in origin form: raw path, then {@code ?} and the raw query
 * @param http11 true for HTTP/1.1, false for HTTP/1.0
 */
record RequestHead(String method, String target, boolean http11, List<Map.Entry<String, String>> headers) {

    /** The first line's value of header {@code name} (any case), or null. */
    String first(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** Every line's value of header {@code name} (any case), in order. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return values;
    }

    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The raw query, or null when the target has no {@code ?}. */
    String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? null : target.substring(query + 1);
    }

    /**
     * Whether the connection may stay open after the answer: HTTP/1.1 without {@code Connection:
     * close} (RFC 9112 §9.3). HTTP/1.0 connections are closed after one answer, which is always allowed.
     */
    boolean keepAlive() {
        if (!http11) {
            return false;
        }
        for (String value : all("Connection")) {
            for (String option : value.split(",")) {
                if (option.strip().equalsIgnoreCase("close")) {
                    return false;
                }
            }
        }
        return true;
    }
}
