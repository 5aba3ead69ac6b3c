package io.portablefn.runtime.cron;

/**
 * A schedule that is not valid portable cron, or that the three clouds would not run alike.
 *
 * <p>{@link #reason()} says what was wrong, naming the field and its text, and what to write
 * instead; the annotation processor reports it as the compile error. {@link #getMessage()} adds
 * the whole expression in front. {@link #kind()} is stable, for tools and tests.
 *
 * <pre>{@code
 * try {
 *     Cron.parse("0 0 30 2 *");
 * } catch (CronException e) {
 *     e.kind();   // NEVER_FIRES
 *     e.reason(); // "day of month '30' never occurs in the months listed ('2') ..."
 * }
 * }</pre>
 */
public final class CronException extends IllegalArgumentException {

    /** What kind of rule the expression broke; docs/schedules.md explains each. */
    public enum Kind {
        /** Not exactly 5 fields (6 or 7 usually means seconds or years). */
        FIELD_COUNT,
        /** An alias other than the documented ones, such as {@code @reboot}. */
        UNKNOWN_ALIAS,
        /** {@code ?}, {@code L}, {@code W} or {@code #}: syntax only some clouds know. */
        NOT_PORTABLE,
        /** Text that is no number, name, range, list or step. */
        MALFORMED,
        /** A word that is not a month or day name of the field. */
        UNKNOWN_NAME,
        /** A number outside the field's values. */
        OUT_OF_RANGE,
        /** A range whose start is after its end. */
        BACKWARD_RANGE,
        /** A step of 0, or one larger than the field. */
        BAD_STEP,
        /** An empty item in a list, such as {@code 1,,5}. */
        EMPTY_ITEM,
        /** Both day of month and day of week restricted: the clouds disagree on the meaning. */
        BOTH_DAYS,
        /** Valid everywhere but never runs, such as 30 February. */
        NEVER_FIRES
    }

    private final Kind kind;
    private final String expression;
    private final String reason;

    private CronException(Kind kind, String expression, String reason) {
        super("Invalid schedule '" + expression + "': " + reason);
        this.kind = kind;
        this.expression = expression;
        this.reason = reason;
    }

    /** What kind of rule was broken. */
    public Kind kind() {
        return kind;
    }

    /** The expression as given. */
    public String expression() {
        return expression;
    }

    /** What was wrong and what is allowed, without the expression. */
    public String reason() {
        return reason;
    }

    private static final String FIVE_FIELDS =
            "a portable schedule has exactly 5 fields: minute hour day-of-month month day-of-week,"
            + " e.g. '30 2 * * *'";

    static CronException fieldCount(String expression, int count) {
        String reason = count == 0
                ? "it is empty; " + FIVE_FIELDS + ", or is an alias such as @daily"
                : "it has " + count + " field" + (count == 1 ? "" : "s") + ", but " + FIVE_FIELDS;
        if (count == 6 || count == 7) {
            reason += ". Seconds and years are not portable: Azure's NCRONTAB has a seconds field,"
                    + " EventBridge has a year field, and Cloud Scheduler's unix-cron has neither;"
                    + " remove the seconds (first) or year (last) field";
        }
        return new CronException(Kind.FIELD_COUNT, expression, reason);
    }

    static CronException cloudSyntax(String expression) {
        return new CronException(Kind.MALFORMED, expression, "parentheses are not portable cron;"
                + " write the 5 fields alone, e.g. '30 2 * * *' rather than EventBridge's cron(30 2 * * ? *)");
    }

    static CronException unknownAlias(String expression, String alias) {
        return new CronException(Kind.UNKNOWN_ALIAS, expression, "'" + alias + "' is not a schedule alias;"
                + " use @hourly, @daily (or @midnight), @weekly, @monthly or @yearly (or @annually),"
                + " or write 5 fields");
    }

    static CronException notPortable(String expression, CronField field, String text, char symbol) {
        String what;
        String instead;
        switch (symbol) {
            case '?':
                what = "'?' (any day)";
                instead = "write '*' instead: the EventBridge translation adds its '?' itself";
                break;
            case 'L':
                what = "'L' (last day)";
                instead = "schedule explicit days (e.g. 28-31) and check for the last day in the function";
                break;
            case 'W':
                what = "'W' (nearest weekday)";
                instead = "schedule explicit days and check for the weekday in the function";
                break;
            default:
                what = "'#' (nth weekday of the month)";
                instead = "schedule the weekday (e.g. MON) and check the day of month in the function";
                break;
        }
        return new CronException(Kind.NOT_PORTABLE, expression, field.label() + " '" + text + "': "
                + what + " is not portable: EventBridge knows it, but Azure's NCRONTAB and Cloud"
                + " Scheduler's unix-cron do not; " + instead);
    }

    static CronException malformed(String expression, CronField field, String text, String why) {
        return new CronException(Kind.MALFORMED, expression, field.label() + " '" + text + "': " + why
                + "; write a number, a range (1-5), a list (1,15), '*' or a step (*/15, 0-30/10, 5/15)");
    }

    static CronException unknownName(String expression, CronField field, String text, String word) {
        String what = field.hasNames() ? "is not a number or a " + field.label() + " name" : "is not a number";
        return new CronException(Kind.UNKNOWN_NAME, expression, field.label() + " '" + text + "': '"
                + word + "' " + what + "; " + field.label() + " allows " + field.allowed()
                + (field.hasNames() ? " (three-letter names, any case)" : ""));
    }

    static CronException outOfRange(String expression, CronField field, String text, String value) {
        return new CronException(Kind.OUT_OF_RANGE, expression, field.label() + " '" + text + "': "
                + value + " is out of range; " + field.label() + " allows " + field.allowed());
    }

    static CronException backwardRange(String expression, CronField field, String text, int start, int end) {
        return new CronException(Kind.BACKWARD_RANGE, expression, field.label() + " '" + text
                + "': the range " + start + "-" + end + " runs backwards; ranges do not wrap around, so write "
                + start + "-" + field.max() + "," + field.min() + "-" + end);
    }

    static CronException badStep(String expression, CronField field, String text, String step) {
        return new CronException(Kind.BAD_STEP, expression, field.label() + " '" + text + "': step '"
                + step + "' is not allowed; a step is a whole number from 1 to " + (field.max() - field.min()));
    }

    static CronException emptyItem(String expression, CronField field, String text) {
        return new CronException(Kind.EMPTY_ITEM, expression, field.label() + " '" + text
                + "': the list has an empty item; separate values with single commas, e.g. 1,15");
    }

    static CronException bothDays(String expression, String dayOfMonth, String dayOfWeek) {
        return new CronException(Kind.BOTH_DAYS, expression, "day of month '" + dayOfMonth
                + "' and day of week '" + dayOfWeek + "' are both restricted, and the clouds disagree on"
                + " what that means: unix-cron (Cloud Scheduler) runs when EITHER matches, Azure's NCRONTAB"
                + " only when BOTH match, and EventBridge refuses it; restrict only one of them and"
                + " write '*' in the other");
    }

    static CronException neverFires(String expression, String dayOfMonth, String month) {
        return new CronException(Kind.NEVER_FIRES, expression, "day of month '" + dayOfMonth
                + "' never occurs in the months listed ('" + month + "'), so the schedule would never run"
                + " (every cloud would accept it silently); choose days that exist in those months"
                + " (February has at most 29 days; April, June, September and November have 30)");
    }
}
