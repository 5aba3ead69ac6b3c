package io.portablefn.runtime;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random JSON texts shaped like a Java type, with mistakes: values of the wrong kind, numbers at
 * the edge of their range, missing, duplicate, reordered and unknown properties, and whole-text
 * damage (cut short, trailing content, BOM, comments, other encodings, invalid UTF-8).
 */
final class JsonTexts {

    /** String literals as they appear in JSON, escapes and surrogates included. */
    static final List<String> STRINGS = List.of("\"\"", "\"a\"", "\"hello world\"", "\"\\\"quoted\\\"\"",
            "\"back\\\\slash\"", "\"\\/\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u0000\"", "\"\\u001F\"", "\"\\u00e9\"",
            "\"é\"", "\"日本\"", "\"😀\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\uDBFF\\uDFFF\"",
            "\"\\u2028\"", "\"\\uFEFF\"", "\"\\uFFFF\"", "\"x\\u0041y\"", "\"{}[],:\"", "\"" + "long".repeat(80) + "\"");

    static final List<String> INTS = List.of("0", "-0", "1", "-1", "42", "2147483647", "-2147483648",
            "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999");

    static final List<String> DOUBLES = List.of("0", "-0", "0.0", "-0.0", "1", "1.5", "-1.5", "0.1", "1e400",
            "-1e400", "1e-400", "4.9E-324", "2.4703282292062327E-324", "2.2250738585072014E-308",
            "1.7976931348623157E308", "1.7976931348623158e308", "1.7976931348623159e308", "1e2", "1E+2", "1e-2",
            "123456789012345678901234567890", "9007199254740993", "0.30000000000000004",
            "3.14159265358979323846264338327950288", "1.0e0", "-0e0", "0e-5", "100000000000000000000000.0",
            "-9223372036854775809", "2147483648");

    /** Tokens of every kind, malformed ones included, that replace a value to break its shape. */
    static final List<String> WRONG = List.of("null", "true", "false", "0", "-0", "1.0", "-0.0", "1e2", "1.5",
            "\"1\"", "\"true\"", "\"\"", "\"x\"", "{}", "[]", "[1]", "{\"a\":1}", "[\"x\"]", "[null]", "[{}]",
            "NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "'x'", "tru", "nul", "0x10", "\"unterminated",
            "\"\\x\"", "\"\\u12\"", "-", "1e", "--1", "\"tab\tin\"", "2147483648", "9223372036854775808", "[1,]",
            "{\"a\":1,}", "{\"a\"}", "{,}", "[,1]");

    static final List<String> TRAILING = List.of(" x", "}", "]", ",", " {}", " []", " 1", " null", "\n\n", " ",
            "//c", "/*c*/", "\u0000", " \"s\"", "{");

    private static final List<String> SPACES = List.of("", "", "", " ", "\n", "\t", "\r\n  ", "   ");
    private static final List<String> UNKNOWN_NAMES = List.of("extra", "S", "X", "", "x y", "é", "_", "$ref",
            "\\u0000", "nested");
    private static final byte[][] BAD_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};

    private final Random random;
    private final double wrongRate;
    // Reflection is slower than generating a text: each record's components are looked up once.
    private final java.util.Map<Class<?>, Component[]> components = new java.util.HashMap<>();

    private record Component(String name, Type type) {
    }

    /** {@code wrongRate}: the chance that any one value is replaced by a token from {@link #WRONG}. */
    JsonTexts(Random random, double wrongRate) {
        this.random = random;
        this.wrongRate = wrongRate;
    }

    /** A text for {@code type}, damaged as a whole one time in five. */
    byte[] next(Type type) {
        StringBuilder out = new StringBuilder();
        out.append(space());
        value(type, out, 0);
        out.append(space());
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(5) == 0 ? damage(text) : text;
    }

    private void value(Type type, StringBuilder out, int depth) {
        if (random.nextDouble() < wrongRate) {
            out.append(pick(WRONG));
            return;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (!raw.isPrimitive() && random.nextInt(12) == 0) {
            out.append("null");
        } else if (raw == String.class) {
            out.append(random.nextInt(3) == 0 ? pick(STRINGS) : randomString());
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.append(random.nextBoolean());
        } else if (raw == int.class || raw == Integer.class) {
            out.append(random.nextInt(4) == 0 ? pick(INTS) : Integer.toString(random.nextInt() >> random.nextInt(32)));
        } else if (raw == long.class || raw == Long.class) {
            out.append(random.nextInt(4) == 0 ? pick(INTS) : Long.toString(random.nextLong() >> random.nextInt(64)));
        } else if (raw == double.class || raw == Double.class) {
            out.append(randomDouble());
        } else if (raw.isEnum()) {
            // A constant's name, or one databind reads otherwise or not at all.
            Object[] constants = raw.getEnumConstants();
            String name = ((Enum<?>) constants[random.nextInt(constants.length)]).name();
            String[] near = {name, name, name.toLowerCase(java.util.Locale.ROOT), name + "X", "", "0", "1", " " + name};
            out.append(random.nextInt(4) == 0 ? "0" : '"' + near[random.nextInt(near.length)] + '"');
        } else if (raw == java.util.Optional.class) {
            value(((ParameterizedType) type).getActualTypeArguments()[0], out, depth);
        } else if (raw == java.util.OptionalLong.class) {
            value(long.class, out, depth);
        } else if (raw == List.class) {
            array(((ParameterizedType) type).getActualTypeArguments()[0], out, depth);
        } else if (raw.isRecord()) {
            object(raw, out, depth);
        } else if (raw == java.util.Map.class) {
            map(((ParameterizedType) type).getActualTypeArguments()[1], out, depth);
        } else if (raw == Object.class) {
            out.append(unknownValue(depth));
        } else if (!raw.getName().startsWith("java")) {
            object(raw, out, depth); // a POJO: its instance fields
        } else {
            throw new IllegalArgumentException("no JSON texts for " + type);
        }
    }

    private void array(Type element, StringBuilder out, int depth) {
        int size = depth > 3 ? 0 : random.nextInt(5);
        out.append('[').append(space());
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(space()).append(',').append(space());
            }
            value(element, out, depth + 1);
        }
        out.append(space()).append(']');
    }

    private void object(Class<?> record, StringBuilder out, int depth) {
        List<String> entries = new ArrayList<>();
        Component[] components = this.components.computeIfAbsent(record, type -> type.isRecord()
                ? java.util.Arrays.stream(type.getRecordComponents())
                        .map(c -> new Component(c.getName(), c.getGenericType())).toArray(Component[]::new)
                : java.util.Arrays.stream(type.getDeclaredFields())
                        .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                        .map(f -> new Component(f.getName(), f.getGenericType())).toArray(Component[]::new));
        for (Component component : components) {
            if (random.nextInt(25) != 0) {
                entries.add(entry(component, depth));
            }
        }
        if (random.nextInt(4) == 0) {
            Collections.shuffle(entries, random);
        }
        if (components.length > 0 && random.nextInt(25) == 0) {
            entries.add(random.nextInt(entries.size() + 1), entry(components[random.nextInt(components.length)], depth));
        }
        java.util.Set<String> unknownNames = new java.util.HashSet<>();
        while (random.nextInt(5) == 0) {
            String unknown = key(unknownName(unknownNames)) + space() + ':' + space() + unknownValue(depth + 1);
            entries.add(random.nextInt(entries.size() + 1), unknown);
        }
        out.append('{').append(space()).append(String.join(space() + ',' + space(), entries)).append(space()).append('}');
    }

    // A Map<String, V>: names of every kind, now and then one twice (an error, as in objects).
    private void map(Type valueType, StringBuilder out, int depth) {
        List<String> entries = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = depth > 3 ? 0 : random.nextInt(5); i > 0; i--) {
            StringBuilder value = new StringBuilder();
            value(valueType, value, depth + 1);
            entries.add(key(unknownName(names)) + space() + ':' + space() + value);
        }
        out.append('{').append(space()).append(String.join(space() + ',' + space(), entries)).append(space()).append('}');
    }

    private String entry(Component component, int depth) {
        StringBuilder value = new StringBuilder();
        value(component.type(), value, depth + 1);
        return key(component.name()) + space() + ':' + space() + value;
    }

    // A property name, now and then with a character written as an escape, which names the same property.
    private String key(String name) {
        if (!name.isEmpty() && random.nextInt(30) == 0) {
            int at = random.nextInt(name.length());
            return '"' + name.substring(0, at) + String.format("\\u%04x", (int) name.charAt(at)) + name.substring(at + 1) + '"';
        }
        return '"' + name + '"';
    }

    // A name not yet used in this object but one time in 25: a repeated property is an error
    // (docs/mapping.md, http.typed.duplicate), which must not hide every other case.
    private String unknownName(java.util.Set<String> used) {
        String name = pick(UNKNOWN_NAMES);
        while (!used.add(name) && used.size() < UNKNOWN_NAMES.size() && random.nextInt(25) != 0) {
            name = pick(UNKNOWN_NAMES);
        }
        return name;
    }

    /** Any JSON value, for properties the record does not have. */
    String unknownValue(int depth) {
        switch (depth > 3 ? random.nextInt(4) : random.nextInt(7)) {
            case 0: return pick(STRINGS);
            case 1: return pick(DOUBLES);
            case 2: return pick(List.of("true", "false", "null"));
            case 3: return pick(INTS);
            case 4: {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(unknownValue(depth + 1));
                }
                return "[" + String.join(",", items) + "]";
            }
            default: {
                List<String> entries = new ArrayList<>();
                java.util.Set<String> names = new java.util.HashSet<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    entries.add(key(unknownName(names)) + ":" + unknownValue(depth + 1));
                }
                return "{" + space() + String.join("," + space(), entries) + "}";
            }
        }
    }

    private String randomString() {
        StringBuilder s = new StringBuilder("\"");
        for (int i = random.nextInt(8); i > 0; i--) {
            String piece = pick(STRINGS);
            s.append(random.nextBoolean() ? piece.substring(1, piece.length() - 1) : (char) ('a' + random.nextInt(26)));
        }
        return s.append('"').toString();
    }

    private String randomDouble() {
        switch (random.nextInt(5)) {
            case 0: return pick(DOUBLES);
            case 1: return Double.toString(Double.longBitsToDouble(random.nextLong())).replace("Infinity", "1e999")
                    .replace("NaN", "0.5");
            case 2: return Long.toString(random.nextLong() >> random.nextInt(64));
            case 3: return (random.nextBoolean() ? "-" : "") + random.nextInt(1000) + "." + random.nextInt(1_000_000)
                    + (random.nextBoolean() ? "e" + (random.nextInt(700) - 350) : "");
            default: return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        }
    }

    /** The text damaged in one of the ways a caller's JSON can be broken or unusual. */
    byte[] damage(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String plain = new String(text, StandardCharsets.UTF_8);
        switch (random.nextInt(9)) {
            case 0: return java.util.Arrays.copyOf(text, random.nextInt(text.length + 1));
            case 1: return (plain + pick(TRAILING)).getBytes(StandardCharsets.UTF_8);
            case 2: out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); out.writeBytes(text); return out.toByteArray();
            case 3: return (pick(List.of("/* c */", "// c\n", "# c\n")) + plain).getBytes(StandardCharsets.UTF_8);
            case 4: return plain.getBytes(Charset.forName(pick(List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"))));
            case 5: {
                int at = random.nextInt(text.length + 1);
                out.write(text, 0, at);
                out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                out.write(text, at, text.length - at);
                return out.toByteArray();
            }
            case 6: {
                byte[] flipped = text.clone();
                if (flipped.length > 0) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            }
            case 7: return pick(List.of("null", "", " ", "[]", "{}", "\"x\"", "1", "[{}]", "[null]", "true"))
                    .getBytes(StandardCharsets.UTF_8);
            default: return (plain + space() + plain).getBytes(StandardCharsets.UTF_8);
        }
    }

    private String space() {
        return pick(SPACES);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
