package io.portablefn.aws;

/** Number text as JSON spells it, for writing numbers that arrive as strings without a detour through double. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * Whether the text is a number as RFC 8259 spells one: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}.
     * Checked by hand, so that decoding a change loads no regular-expression engine.
     */
    static boolean isJsonNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        if (i < n && text.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    /** The index after the run of ASCII digits starting at {@code i}. */
    private static int digits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
