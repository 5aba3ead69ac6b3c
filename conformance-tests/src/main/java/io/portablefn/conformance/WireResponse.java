package io.portablefn.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response as a client receives it from a target, in neutral form so targets can be
 * compared: header names lower-cased and sorted, each header's lines in order, Set-Cookie lines
 * apart in {@link #cookies()}.
 *
 * @param status the status code
 * @param headers lower-case name to lines, without set-cookie
 * @param cookies the Set-Cookie lines, in order
 * @param body the body bytes as the client receives them (base64 already undone)
 */
public record WireResponse(int status, Map<String, List<String>> headers, List<String> cookies, byte[] body) {

    public WireResponse {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        headers.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.equals("set-cookie")) {
                sorted.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(values);
            }
        });
        sorted.replaceAll((k, v) -> List.copyOf(v));
        headers = Collections.unmodifiableMap(sorted);
        cookies = List.copyOf(cookies);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The first line of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireResponse that && status == that.status && headers.equals(that.headers)
                && cookies.equals(that.cookies) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * status + headers.hashCode()) + cookies.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return status + " " + headers + " cookies=" + cookies + " body=" + bodyAsString();
    }
}
