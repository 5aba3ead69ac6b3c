package io.portablefn.maven.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps (in their order), lists, strings, numbers and booleans as block YAML.
 * Strings are always double-quoted with JSON escapes (valid YAML), so no value can change type
 * ("yes", "012") or start a tag; keys are left plain when they are simple words. The output is
 * deterministic, and no YAML library is shipped for something this small.
 */
public final class Yaml {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(::[A-Za-z0-9_]+)*");

    private Yaml() {
    }

    public static String write(Map<String, ?> document) {
        StringBuilder out = new StringBuilder();
        map(out, document, 0);
        return out.toString();
    }

    private static void map(StringBuilder out, Map<String, ?> map, int indent) {
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            out.append(" ".repeat(indent)).append(key(entry.getKey())).append(':');
            value(out, entry.getValue(), indent);
        }
    }

    // After "key:" or "-": a scalar or empty collection stays on the line, others go below it.
    private static void value(StringBuilder out, Object value, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            map(out, typed, indent + 2);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof Map<?, ?> entry && !entry.isEmpty()) {
                    // "- first: 1" with the other keys below it, as people write lists of maps.
                    StringBuilder nested = new StringBuilder();
                    @SuppressWarnings("unchecked")
                    Map<String, ?> typed = (Map<String, ?>) entry;
                    map(nested, typed, indent + 4);
                    out.append(' ').append(nested, indent + 4, nested.length());
                } else {
                    value(out, item, indent + 2);
                }
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value == null) {
            return "null";
        }
        return quote(value.toString());
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : quote(key);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
