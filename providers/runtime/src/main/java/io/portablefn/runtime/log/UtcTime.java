package io.portablefn.runtime.log;

/**
 * A time as log records write it: {@code 2026-12-06T22:51:03.123Z}, UTC to the millisecond, the
 * form of Lambda's own JSON records and an RFC 3339 time for Cloud Logging. Computed here rather
 * than with java.time's formatters, whose first use loads some eighty classes: the first record
 * an invocation writes should not cost more than the next.
 */
public final class UtcTime {

    private UtcTime() {
    }

    /** {@code epochMillis} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, for years 0 to 9999. */
    public static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long millisOfDay = Math.floorMod(epochMillis, 86_400_000L);
        // Days since 1970-01-01 to year, month, day (the proleptic Gregorian calendar), after
        // Howard Hinnant's civil_from_days: eras of 400 years starting on 1 March.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder text = new StringBuilder(24);
        pad(text, year, 4).append('-');
        pad(text, month, 2).append('-');
        pad(text, day, 2).append('T');
        pad(text, millisOfDay / 3_600_000, 2).append(':');
        pad(text, millisOfDay / 60_000 % 60, 2).append(':');
        pad(text, millisOfDay / 1_000 % 60, 2).append('.');
        return pad(text, millisOfDay % 1_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
