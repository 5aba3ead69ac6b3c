package io.portablefn.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Request headers: a case-insensitive multimap, the same on every provider.
 *
 * <p>Some clouds deliver a repeated header as separate lines, others join the lines with
 * commas before the function sees them. So that a function reads the same thing everywhere,
 * this type offers the two views RFC 9110 (section 5.3) defines, which do not depend on that:
 * <ul>
 *   <li>{@link #get(String)}: the field value, the lines joined with {@code ","};
 *   <li>{@link #all(String)}: the elements of a list-valued field, split at commas outside
 *       double quotes and trimmed. Use it for fields such as {@code Accept} or
 *       {@code X-Forwarded-For}; use {@code get} for the others.
 * </ul>
 * Names are lower-cased. {@code Cookie} lines are joined with {@code "; "} as RFC 9113 asks;
 * read cookies with {@link HttpRequest#cookies()}.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of(), null);

    // Null until the source has been read (see HttpRequest.Builder#headers(Consumer)); racing
    // first readers each build an equal map and one of them wins, which is harmless.
    private volatile Map<String, List<String>> lines;
    private final Consumer<Builder> source;

    private Headers(Map<String, List<String>> lines, Consumer<Builder> source) {
        this.lines = lines;
        this.source = source;
    }

    /** Headers whose lines {@code source} adds to a builder when they are first read. */
    static Headers deferred(Consumer<Builder> source) {
        return new Headers(null, source);
    }

    public static Headers empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The field value, repeated lines joined with {@code ","}; empty if absent. */
    public Optional<String> get(String name) {
        List<String> values = lines().get(key(name));
        if (values == null) {
            return Optional.empty();
        }
        return Optional.of(values.size() == 1 ? values.get(0) : String.join(",", values));
    }

    /** The list elements of the field (see the class comment); empty if absent. */
    public List<String> all(String name) {
        List<String> values = lines().get(key(name));
        if (values == null) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        for (String value : values) {
            splitList(value, elements);
        }
        return Collections.unmodifiableList(elements);
    }

    public boolean contains(String name) {
        return lines().containsKey(key(name));
    }

    /** The lower-cased names present, in arrival order. */
    public Set<String> names() {
        return lines().keySet();
    }

    /** Every name with its field value as {@link #get(String)} gives it. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        lines().forEach((name, values) -> map.put(name, String.join(",", values)));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Adds every line, in order, to {@code into}. */
    void copyTo(Builder into) {
        lines().forEach((name, values) -> values.forEach(value -> into.add(name, value)));
    }

    private Map<String, List<String>> lines() {
        Map<String, List<String>> read = lines;
        if (read == null) {
            Builder builder = new Builder();
            source.accept(builder);
            lines = read = builder.lines.isEmpty() ? Map.of() : Collections.unmodifiableMap(builder.lines);
        }
        return read;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void splitList(String value, List<String> into) {
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                addTrimmed(value.substring(start, i), into);
                start = i + 1;
            }
        }
        addTrimmed(value.substring(start), into);
    }

    private static void addTrimmed(String element, List<String> into) {
        String trimmed = element.strip();
        if (!trimmed.isEmpty()) {
            into.add(trimmed);
        }
    }

    /** Collects header lines in arrival order. */
    public static final class Builder {
        private Map<String, List<String>> lines = new LinkedHashMap<>();
        // After build() the map belongs to the built Headers; a later add() works on a copy.
        private boolean shared;

        private Builder() {
        }

        /** Adds one header line; a null value is ignored. */
        public Builder add(String name, String value) {
            if (name == null || value == null) {
                return this;
            }
            if (shared) {
                Map<String, List<String>> copy = new LinkedHashMap<>();
                lines.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
                lines = copy;
                shared = false;
            }
            String key = key(name);
            List<String> values = lines.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (key.equals("cookie") && !values.isEmpty()) {
                values.set(0, values.get(0) + "; " + value);
            } else {
                values.add(value);
            }
            return this;
        }

        public Headers build() {
            if (lines.isEmpty()) {
                return EMPTY;
            }
            // Handed over without a copy: headers are built once per request, on the hot path,
            // and Headers never exposes the lists.
            shared = true;
            return new Headers(Collections.unmodifiableMap(lines), null);
        }
    }
}
