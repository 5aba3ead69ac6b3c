package io.portablefn.api;

/**
 * The one rule for what a response may carry in a header line, applied when the response is
 * built, so no provider ever encodes a header another could not: a CR or LF would start a new
 * header line on one cloud (header injection), turn into a space on another and fold the line
 * on a third. Names are RFC 9110 tokens; values (and {@code Set-Cookie} values) are RFC 9110
 * field-values: visible ASCII, spaces and tabs inside, and the Latin-1 letters of
 * {@code obs-text}, but no control character (C0, DEL or C1), no character above U+00FF and no
 * leading or trailing space or tab. A breach throws {@link IllegalArgumentException} naming the
 * header and the offending character's code and position, never the value itself (it may hold
 * what an attacker sent), so the handler fails as any other bug does: logged, and a 500 problem.
 */
final class FieldSyntax {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private FieldSyntax() {
    }

    /** Checks a header name; returns it. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A response header name may not be null or empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isTokenChar(c)) {
                throw new IllegalArgumentException("Response header name has " + describe(c) + " at index " + i
                        + "; a name may hold only letters, digits and " + TOKEN_SYMBOLS + " (RFC 9110 token)");
            }
        }
        return name;
    }

    /** Checks the value of header {@code name} (lower-case, or {@code set-cookie}); returns it. */
    static String value(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Response header '" + name + "' has a null value");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isValueChar(c)) {
                throw new IllegalArgumentException("Response header '" + name + "' has " + describe(c) + " at index "
                        + i + " of its value; a value may hold visible characters, spaces and tabs (RFC 9110"
                        + " field-value), not CR, LF, NUL or other control characters, nor characters above U+00FF"
                        + " (encode those, e.g. percent-encoding)");
            }
        }
        if (!value.isEmpty() && (isBlank(value.charAt(0)) || isBlank(value.charAt(value.length() - 1)))) {
            throw new IllegalArgumentException("Response header '" + name + "' has a value that begins or ends with"
                    + " a space or tab; spaces and tabs are allowed only inside a value (RFC 9110 field-value)");
        }
        return value;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    // VCHAR (0x21-0x7E), SP, HTAB, and obs-text (0x80-0xFF) less the C1 controls (0x80-0x9F).
    private static boolean isValueChar(char c) {
        return c >= 0x21 && c <= 0x7E || isBlank(c) || c >= 0xA0 && c <= 0xFF;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c == '\r') {
            return "a carriage return (" + code + ")";
        }
        if (c == '\n') {
            return "a line feed (" + code + ")";
        }
        if (c == 0) {
            return "a NUL (" + code + ")";
        }
        return Character.isISOControl(c) ? "a control character (" + code + ")" : "the character " + code;
    }
}
