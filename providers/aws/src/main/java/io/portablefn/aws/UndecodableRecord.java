package io.portablefn.aws;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A record of an event that cannot be turned into the portable event: a required field missing,
 * a value of the wrong form. Carries what is wrong, for the log line; no stack trace, since the
 * fault is in the input. Also holds the small field readers the decoders share, so that every
 * decoder words the same problem the same way.
 */
final class UndecodableRecord extends Exception {

    private static final long serialVersionUID = 1L;

    UndecodableRecord(String problem) {
        super(problem, null, false, false);
    }

    /** The text at {@code path}; the record is undecodable without it. */
    static String required(Object record, String... path) throws UndecodableRecord {
        String value = JsonTree.text(record, path);
        if (value == null) {
            throw new UndecodableRecord("it has no " + String.join(".", path));
        }
        return value;
    }

    /** An ISO-8601 instant such as {@code 2019-09-03T19:37:27.192Z}; null stays null. */
    static Instant instant(String value, String field) throws UndecodableRecord {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UndecodableRecord(field + " '" + value + "' is not an ISO-8601 UTC time");
        }
    }

    /**
     * A time in epoch seconds, whole or with a fraction ({@code 1480641523.477},
     * {@code 1.635734407123456789E9}), as Kinesis and DynamoDB Streams send it: taken from the
     * exact decimal, never through a double, so the milliseconds (and any nanoseconds) stay as
     * sent; a digit past the nanosecond rounds half up. Null stays null.
     */
    static Instant epochSeconds(Object value, String field) throws UndecodableRecord {
        if (value == null) {
            return null;
        }
        if (!(value instanceof BigDecimal seconds)) {
            throw new UndecodableRecord(field + " is not a number of epoch seconds");
        }
        try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | java.time.DateTimeException outOfRange) {
            throw new UndecodableRecord(field + " " + seconds.toPlainString() + " is not a time in epoch seconds"
                    + " that Java can hold");
        }
    }

    /** Base64 text (RFC 4648, with padding), decoded; what it is for names it in the error. */
    static byte[] base64(String value, String field) throws UndecodableRecord {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            throw new UndecodableRecord(field + " is not base64 text: " + notBase64.getMessage());
        }
    }

    /** A whole number at least {@code min}; null stays null. */
    static Long number(String value, String field, long min) throws UndecodableRecord {
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // worded below, with the rule
        }
        throw new UndecodableRecord(field + " '" + value + "' is not a whole number of at least " + min);
    }
}
