package io.portablefn.runtime.cron;

import java.util.List;
import java.util.Locale;

/**
 * Test-only reader of one field of a cloud's cron string, written from the clouds' documentation
 * and sharing no code with the main package, so that the equivalence test is independent. It is
 * strict: forms a cloud does not document are rejected, so a translation that relies on them
 * fails the test instead of passing by luck.
 */
final class CloudField {

    /** Which step forms a cloud documents: {@code *}{@code /n}, {@code a-b/n}, {@code a/n}. */
    record Rules(boolean starStep, boolean rangeStep, boolean openStep) {
    }

    private CloudField() {
    }

    /**
     * The values matched by {@code text}, as {@code matched[value]}.
     *
     * @param names the field's names in value order from {@code min}, or an empty list
     */
    static boolean[] read(String text, int min, int max, List<String> names, Rules rules) {
        boolean[] matched = new boolean[max + 1];
        for (String item : text.split(",", -1)) {
            int slash = item.indexOf('/');
            String range = slash < 0 ? item : item.substring(0, slash);
            int step = slash < 0 ? 1 : Integer.parseInt(item.substring(slash + 1));
            if (step < 1) {
                throw new IllegalArgumentException("step below 1 in '" + text + "'");
            }
            int start;
            int end;
            if (range.equals("*")) {
                require(slash < 0 || rules.starStep(), "*/n", text);
                start = min;
                end = max;
            } else if (range.contains("-")) {
                require(slash < 0 || rules.rangeStep(), "a-b/n", text);
                String[] bounds = range.split("-", -1);
                require(bounds.length == 2, "a-b", text);
                start = value(bounds[0], min, max, names);
                end = value(bounds[1], min, max, names);
                require(start <= end, "an ascending range", text);
            } else {
                require(slash < 0 || rules.openStep(), "a/n", text);
                start = value(range, min, max, names);
                end = slash < 0 ? start : max;
            }
            for (int v = start; v <= end; v += step) {
                matched[v] = true;
            }
        }
        return matched;
    }

    private static int value(String token, int min, int max, List<String> names) {
        int index = names.indexOf(token.toUpperCase(Locale.ROOT));
        int value = index >= 0 ? min + index : Integer.parseInt(token);
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " outside " + min + "-" + max);
        }
        return value;
    }

    private static void require(boolean documented, String form, String text) {
        if (!documented) {
            throw new IllegalArgumentException("'" + text + "' needs " + form + ", which this cloud does not document");
        }
    }

    /** The fields inside a string, split on single spaces. */
    static String[] fields(String text, int count) {
        String[] fields = text.split(" ", -1);
        if (fields.length != count) {
            throw new IllegalArgumentException("'" + text + "' has " + fields.length + " fields, not " + count);
        }
        return fields;
    }
}
