package io.portablefn.local;

/** The character rules of HTTP/1.1 (RFC 9110 §5.6), for header names, values and methods. */
final class Tokens {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private Tokens() {
    }

    /** A method or header name: one or more letters, digits or {@value #TOKEN_SYMBOLS}. */
    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header value: no control character but tab. CR, LF and NUL are what would let a value
     * end its line and start another (header injection), so they never pass in either direction.
     */
    static boolean isFieldValue(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Without the spaces and tabs around it (RFC 9110's optional whitespace), nothing else. */
    static String stripWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }
}
