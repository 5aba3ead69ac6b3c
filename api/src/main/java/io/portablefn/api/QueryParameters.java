package io.portablefn.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query string as an ordered multimap: every {@code key=value} pair in the order it was
 * sent, repeated keys kept, keys and values percent-decoded as UTF-8 with {@code +} read as a
 * space. Keys are case-sensitive. A pair without {@code =} has the empty value.
 */
public final class QueryParameters {

    private static final QueryParameters EMPTY = new QueryParameters(List.of());

    private final List<Map.Entry<String, String>> pairs;

    private QueryParameters(List<Map.Entry<String, String>> pairs) {
        this.pairs = pairs;
    }

    public static QueryParameters empty() {
        return EMPTY;
    }

    /**
     * Parses a raw (still percent-encoded) query string, without the leading {@code ?}. A
     * malformed escape such as {@code %zz} is kept as it was sent rather than rejected.
     */
    public static QueryParameters parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(Map.entry(decode(key), decode(value)));
        }
        return of(pairs);
    }

    /** Already-decoded pairs, in order. */
    public static QueryParameters of(List<Map.Entry<String, String>> pairs) {
        return pairs.isEmpty() ? EMPTY : new QueryParameters(List.copyOf(pairs));
    }

    /** The first value of {@code key}. */
    public Optional<String> first(String key) {
        for (Map.Entry<String, String> pair : pairs) {
            if (pair.getKey().equals(key)) {
                return Optional.of(pair.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code key}, in order. */
    public List<String> all(String key) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> pair : pairs) {
            if (pair.getKey().equals(key)) {
                values.add(pair.getValue());
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** The distinct keys, in order of first appearance. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        pairs.forEach(pair -> keys.add(pair.getKey()));
        return Collections.unmodifiableSet(keys);
    }

    /** Every pair, in order. */
    public List<Map.Entry<String, String>> pairs() {
        return pairs;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    @Override
    public String toString() {
        return pairs.toString();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
