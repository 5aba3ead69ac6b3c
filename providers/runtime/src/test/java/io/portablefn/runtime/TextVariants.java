package io.portablefn.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Systematic variants of one canonical JSON text: every value in turn replaced by each token of
 * {@link JsonTexts} (right kind, wrong kind, out of range, malformed), every property removed,
 * duplicated, renamed or reordered, unknown properties added, and the whole text cut at every byte,
 * followed by garbage, prefixed with a BOM or a comment, pretty-printed or re-encoded.
 */
final class TextVariants {

    private static final List<String> TOKENS = tokens();
    private static final List<String> UNKNOWN = List.of("{\"a\":{\"b\":[1,{\"c\":\"}\"}]}}", "[[[]]]", "\"}\"",
            "\"\\\"{\"", "1e400", "null", "{}", "[]", "123456789012345678901234567890", "-0.0", "true",
            "[{\"x\":[null,{\"y\":\"]\"}]}]");

    private TextVariants() {
    }

    private static List<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(JsonTexts.STRINGS);
        tokens.addAll(JsonTexts.INTS);
        tokens.addAll(JsonTexts.DOUBLES);
        tokens.addAll(JsonTexts.WRONG);
        return List.copyOf(tokens);
    }

    static List<byte[]> of(byte[] canonical) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(canonical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> variants = new ArrayList<>();
        variants.add(canonical);
        for (String text : nodeVariants(tree)) {
            variants.add(text.getBytes(StandardCharsets.UTF_8));
        }
        String plain = new String(canonical, StandardCharsets.UTF_8);
        for (int length = 0; length < canonical.length; length++) {
            variants.add(java.util.Arrays.copyOf(canonical, length));
        }
        for (String trailing : JsonTexts.TRAILING) {
            variants.add((plain + trailing).getBytes(StandardCharsets.UTF_8));
        }
        for (String around : List.of("/* c */", "// c\n", "# c\n", " \t\r\n ")) {
            variants.add((around + plain).getBytes(StandardCharsets.UTF_8));
            variants.add((plain + around).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(canonical);
        variants.add(bom.toByteArray());
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE")) {
            variants.add(plain.getBytes(Charset.forName(charset)));
        }
        try {
            variants.add(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        variants.add((plain + plain).getBytes(StandardCharsets.UTF_8));
        for (String token : JsonTexts.WRONG) {
            variants.add(token.getBytes(StandardCharsets.UTF_8));
        }
        return variants;
    }

    /** Texts of {@code node} altered in one place each. */
    private static List<String> nodeVariants(JsonNode node) {
        List<String> variants = new ArrayList<>();
        if (node.isObject()) {
            objectVariants(node, variants);
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.toString()));
            String rest = items.size() > 1 ? "," + String.join(",", items.subList(1, items.size())) : "";
            for (String token : TOKENS) {
                variants.add("[" + token + rest + "]");
            }
            for (String item : nodeVariants(node.get(0))) {
                variants.add("[" + item + rest + "]");
            }
            variants.add("[" + String.join(",", items) + ",]");
            variants.add("[" + String.join(",", items) + ",null]");
            variants.add("[" + items.get(0) + "," + String.join(",", items) + "]");
            variants.add("[" + String.join(" ", items) + "]");
            variants.add("[" + String.join(",", items));
        }
        return variants;
    }

    private static void objectVariants(JsonNode node, List<String> variants) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            names.add(field.getKey());
            values.add(field.getValue().toString());
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            for (String token : TOKENS) {
                variants.add(object(names, values, i, quote(name) + ":" + token));
            }
            for (String changed : nodeVariants(node.get(name))) {
                variants.add(object(names, values, i, quote(name) + ":" + changed));
            }
            String field = quote(name) + ":" + values.get(i);
            variants.add(object(names, values, i, null));
            variants.add(object(names, values, i, field + "," + field));
            variants.add(object(names, values, i, field + "," + quote(name) + ":null"));
            variants.add(object(names, values, i, quote(name) + ":0," + field));
            variants.add(object(names, values, i, quote(name) + ":\"x\"," + field));
            List<String> moved = fields(names, values);
            moved.add(moved.remove(i));
            variants.add("{" + String.join(",", moved) + "}");
            variants.add(object(names, values, i, escaped(name) + ":" + values.get(i)));
            variants.add(object(names, values, i, quote(Character.toUpperCase(name.charAt(0)) + name.substring(1)) + ":" + values.get(i)));
            variants.add(object(names, values, i, quote(name) + values.get(i)));
            variants.add(object(names, values, i, quote(name) + " : " + values.get(i) + " , "));
        }
        List<String> reversed = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            reversed.add(quote(names.get(i)) + ":" + values.get(i));
        }
        variants.add("{" + String.join(",", reversed) + "}");
        for (String unknown : UNKNOWN) {
            String property = quote("unknown") + ":" + unknown;
            List<String> fields = fields(names, values);
            variants.add("{" + String.join(",", prepend(property, fields)) + "}");
            fields.add(fields.size() / 2, property);
            variants.add("{" + String.join(",", fields) + "}");
            variants.add("{" + String.join(",", fields(names, values)) + (names.isEmpty() ? "" : ",") + property + "}");
        }
        variants.add("{ \n\t" + String.join(" ,\r\n ", fields(names, values)) + " \n}");
        variants.add("{" + String.join(",", fields(names, values)) + ",}");
        variants.add("{" + String.join(",", fields(names, values)));
    }

    // The object with the field at {@code at} replaced by {@code replacement} (removed when null).
    private static String object(List<String> names, List<String> values, int at, String replacement) {
        List<String> fields = fields(names, values);
        if (replacement == null) {
            fields.remove(at);
        } else {
            fields.set(at, replacement);
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static List<String> fields(List<String> names, List<String> values) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(quote(names.get(i)) + ":" + values.get(i));
        }
        return fields;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static String quote(String name) {
        return '"' + name + '"';
    }

    // The same name with every character written as a \\u escape: the same property to a JSON reader.
    private static String escaped(String name) {
        StringBuilder s = new StringBuilder("\"");
        name.chars().forEach(c -> s.append(String.format("\\u%04X", c)));
        return s.append('"').toString();
    }
}
