package io.portablefn.runtime.log;

/**
 * Writes one JSON object on one line, for the clouds whose log services read JSON records
 * (Lambda's JSON log format, Cloud Logging's structured logging). A few lines of escaping rather
 * than a JSON library, so that writing a log record loads no data binding. Every control
 * character is escaped, so a message with newlines stays one line, and so one record.
 */
public final class JsonLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder json = new StringBuilder(256);
    private boolean first = true;

    /** Starts the object. */
    public JsonLine() {
        json.append('{');
    }

    public JsonLine field(String name, String value) {
        name(name);
        string(value);
        return this;
    }

    public JsonLine field(String name, boolean value) {
        name(name);
        json.append(value);
        return this;
    }

    /** Starts a nested object field; end it with {@link #endObject()}. */
    public JsonLine startObject(String name) {
        name(name);
        json.append('{');
        first = true;
        return this;
    }

    public JsonLine endObject() {
        json.append('}');
        first = false;
        return this;
    }

    /** A field holding an array of strings. */
    public JsonLine field(String name, Iterable<String> values) {
        name(name);
        json.append('[');
        boolean firstValue = true;
        for (String value : values) {
            if (!firstValue) {
                json.append(',');
            }
            string(value);
            firstValue = false;
        }
        json.append(']');
        return this;
    }

    /** The object, closed, with a final newline. */
    public String line() {
        return json + "}\n";
    }

    private void name(String name) {
        if (!first) {
            json.append(',');
        }
        first = false;
        string(name);
        json.append(':');
    }

    private void string(String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    // Other control characters, and the two separators JavaScript takes as line ends.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
