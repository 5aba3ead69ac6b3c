package io.portablefn.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Inputs for the fuzz properties, as JSON text: any JSON value, and objects shaped like a cloud's
 * event in which each field a decoder reads is left out, given a plausible value, or given a value
 * of another JSON type, among extra fields of no meaning. Plausible shapes reach the deep paths;
 * wrong types and garbage find the crashes.
 */
public final class FuzzJson {

    private static final String ODD_CHARS = "aZ0/%+=?&;:,.\\\"{}[] \t\r\n\u0000\u007f\u00ff\u20ac\ud83d\ude00\ud800";
    private static final String[] ODD_STRINGS = {"", "null", "true", "0", "-1", "1e400", "NaN", "%zz", "%", "AAH/gA==",
        "not base64!", "2026-01-01T00:00:00Z", "1767225600000", "aws:sqs", "aws:sns", "aws:s3", "\"quoted\""};

    private FuzzJson() {
    }

    /** One of {@code choices}. */
    @SafeVarargs
    public static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A short string mixing ASCII, controls, escapes, non-BMP characters and a lone surrogate. */
    public static String string(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0:
                return pick(random, ODD_STRINGS);
            case 1: {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(16); i > 0; i--) {
                    text.append(ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
                }
                return text.toString();
            }
            default: {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append((char) random.nextInt(0x20, 0x7f));
                }
                return text.toString();
            }
        }
    }

    /** Any JSON value nested at most {@code depth} levels, as text. */
    public static String value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        switch (kind) {
            case 0: return quote(string(random));
            case 1: return String.valueOf(random.nextLong(-1000, 1000));
            case 2: return pick(random, "true", "false", "null");
            case 3: return pick(random, "1e400", "-0", "0.5", "123456789012345678901234567890", "9223372036854775808");
            case 4: return quote(string(random));
            case 5: {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(value(random, depth - 1));
                }
                return "[" + String.join(",", items) + "]";
            }
            default: {
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    members.add(quote(string(random)) + ":" + value(random, depth - 1));
                }
                return "{" + String.join(",", members) + "}";
            }
        }
    }

    /** Draws one JSON text. */
    @FunctionalInterface
    public interface Gen extends Function<SplittableRandom, String> {
    }

    /** A field of an event-shaped object: its name and how to draw a plausible value. */
    public static Map.Entry<String, Gen> field(String name, Gen plausible) {
        return Map.entry(name, plausible);
    }

    /**
     * Objects with these fields: each left out (1 in 9), given a value of any JSON type (2 in 9)
     * or a plausible one; then up to three extra members.
     */
    @SafeVarargs
    public static Gen object(Map.Entry<String, Gen>... fields) {
        Map<String, Gen> known = new LinkedHashMap<>();
        for (Map.Entry<String, Gen> field : fields) {
            known.put(field.getKey(), field.getValue());
        }
        return random -> {
            List<String> members = new ArrayList<>();
            known.forEach((name, plausible) -> {
                int roll = random.nextInt(9);
                if (roll == 0) {
                    return;
                }
                members.add(quote(name) + ":" + (roll <= 2 ? value(random, 2) : plausible.apply(random)));
            });
            for (int i = random.nextInt(4); i > 0; i--) {
                members.add(quote(string(random)) + ":" + value(random, 1));
            }
            return "{" + String.join(",", members) + "}";
        };
    }

    /** A plausible value drawn from fixed JSON texts. */
    public static Gen oneOf(String... jsonTexts) {
        return random -> pick(random, jsonTexts);
    }

    /** A JSON string of {@link #string}. */
    public static Gen anyString() {
        return random -> quote(string(random));
    }

    /** Any JSON value nested at most {@code depth} levels. */
    public static Gen anyValue(int depth) {
        return random -> value(random, depth);
    }

    /** A JSON array of up to {@code max} elements drawn by {@code element}. */
    public static Gen array(int max, Gen element) {
        return random -> {
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(max + 1); i > 0; i--) {
                items.add(element.apply(random));
            }
            return "[" + String.join(",", items) + "]";
        };
    }

    /** Up to {@code max} random bytes. */
    public static byte[] bytes(SplittableRandom random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Text as a JSON string, escaped as JSON requires (a lone surrogate stays, as careless senders send it). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes for a failure message: as UTF-8 text, cut to 300 characters. */
    public static String show(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
