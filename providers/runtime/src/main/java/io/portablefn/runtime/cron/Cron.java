package io.portablefn.runtime.cron;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A portable cron schedule, always in UTC, and its translation into each cloud's syntax: AWS
 * EventBridge, Azure Functions' NCRONTAB and Google Cloud Scheduler's unix-cron. Each translation
 * fires at exactly the same minutes as the portable expression.
 *
 * <pre>{@code
 * Cron cron = Cron.parse("30 2 * * MON-FRI");
 * cron.toEventBridge(); // "cron(30 2 ? * MON-FRI *)"
 * cron.toNcrontab();    // "0 30 2 * * 1-5"
 * cron.toUnixCron();    // "30 2 * * 1-5"
 * cron.next(Instant.parse("2025-01-03T03:00:00Z")); // 2025-01-06T02:30:00Z, the next Monday
 * }</pre>
 *
 * <h2>Syntax</h2>
 * Exactly five fields separated by spaces:
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>values</th></tr>
 * <tr><td>minute</td><td>0-59</td></tr>
 * <tr><td>hour</td><td>0-23</td></tr>
 * <tr><td>day of month</td><td>1-31</td></tr>
 * <tr><td>month</td><td>1-12 or JAN-DEC</td></tr>
 * <tr><td>day of week</td><td>0-7 (0 and 7 are Sunday) or SUN-SAT; as the end of a range SUN
 * means 7, so {@code FRI-SUN} is Friday to Sunday</td></tr>
 * </table>
 * Names are case-insensitive. A field is {@code *}, a number, a range {@code a-b}, a step
 * ({@code *}{@code /n}, {@code a-b/n}, or {@code a/n} meaning {@code a}-max{@code /n}), or a
 * comma-separated list of numbers, ranges and {@code a-b/n} or {@code a/n} steps. The
 * aliases are {@code @hourly}, {@code @daily} (= {@code @midnight}), {@code @weekly} (Sunday
 * 00:00), {@code @monthly} and {@code @yearly} (= {@code @annually}).
 *
 * <h2>Rules beyond syntax</h2>
 * {@link #parse} throws a {@link CronException} when:
 * <ul>
 * <li>{@code ?}, {@code L}, {@code W} or {@code #} is used: only EventBridge knows them;</li>
 * <li>day of month and day of week are both other than {@code *}: unix-cron runs when either
 * matches, NCRONTAB when both do, and EventBridge refuses it, so the clouds would disagree;</li>
 * <li>the schedule can never run, such as {@code 0 0 30 2 *}.</li>
 * </ul>
 * Time zones are deliberately not supported: Azure sets one per app, not per function.
 * docs/schedules.md is the user's guide.
 */
public final class Cron {

    // The longest gap between two fire times is 29 February to 29 February across a
    // non-leap century year (2096 to 2104): under 8 years. Nine years of days is a safe bound.
    private static final int MAX_DAYS_AHEAD = 366 * 9;

    private static final int[] LONGEST_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String expression;
    private final ParsedField minute;
    private final ParsedField hour;
    private final ParsedField dayOfMonth;
    private final ParsedField month;
    private final ParsedField dayOfWeek;

    private Cron(String expression, ParsedField[] fields) {
        this.expression = expression;
        this.minute = fields[0];
        this.hour = fields[1];
        this.dayOfMonth = fields[2];
        this.month = fields[3];
        this.dayOfWeek = fields[4];
    }

    /**
     * Parses a portable expression or alias; surrounding whitespace is ignored.
     *
     * @throws CronException naming the field, the bad text and what is allowed
     */
    public static Cron parse(String expression) {
        String text = expression == null ? "" : expression.strip();
        if (text.indexOf('(') >= 0) {
            throw CronException.cloudSyntax(text);
        }
        List<String> parts = words(text.startsWith("@") ? alias(text) : text);
        if (parts.size() != 5) {
            throw CronException.fieldCount(text, parts.size());
        }
        CronField[] kinds = CronField.values();
        ParsedField[] fields = new ParsedField[5];
        for (int i = 0; i < 5; i++) {
            fields[i] = ParsedField.parse(text, kinds[i], parts.get(i));
        }
        if (!fields[2].isAll() && !fields[4].isAll()) {
            throw CronException.bothDays(text, fields[2].text(), fields[4].text());
        }
        if (!canFire(fields[2], fields[3])) {
            throw CronException.neverFires(text, fields[2].text(), fields[3].text());
        }
        return new Cron(text, fields);
    }

    private static String alias(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "@hourly": return "0 * * * *";
            case "@daily": case "@midnight": return "0 0 * * *";
            case "@weekly": return "0 0 * * 0";
            case "@monthly": return "0 0 1 * *";
            case "@yearly": case "@annually": return "0 0 1 1 *";
            default: throw CronException.unknownAlias(text, text);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    // Every month has every weekday, so only a restricted day of month can make a schedule empty.
    private static boolean canFire(ParsedField dayOfMonth, ParsedField month) {
        for (int m = 1; m <= 12; m++) {
            if (month.contains(m)) {
                for (int d = 1; d <= LONGEST_MONTH[m - 1]; d++) {
                    if (dayOfMonth.contains(d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The portable text as given, trimmed; an alias stays an alias. */
    public String expression() {
        return expression;
    }

    /** For AWS EventBridge rules and EventBridge Scheduler, e.g. {@code cron(0 2 * * ? *)}. */
    public String toEventBridge() {
        return CloudSyntax.eventBridge(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    /** For Azure Functions' timer trigger, with a seconds field of 0, e.g. {@code 0 0 2 * * *}. */
    public String toNcrontab() {
        return CloudSyntax.ncrontab(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    /** For Google Cloud Scheduler, e.g. {@code 0 2 * * *}: numbers only, Sunday as 0. */
    public String toUnixCron() {
        return CloudSyntax.unixCron(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    /**
     * The first fire time strictly after {@code after}, in UTC, at a whole minute.
     * A schedule that parsed always has one (within 8 years, for 29 February).
     */
    public Instant next(Instant after) {
        LocalDateTime from = LocalDateTime.ofInstant(after, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate date = from.toLocalDate();
        int firstMinute = from.getHour() * 60 + from.getMinute();
        for (int day = 0; day < MAX_DAYS_AHEAD; day++) {
            if (matches(date)) {
                for (int m = firstMinute; m < 24 * 60; m++) {
                    if (hour.contains(m / 60) && minute.contains(m % 60)) {
                        return date.atTime(m / 60, m % 60).toInstant(ZoneOffset.UTC);
                    }
                }
            }
            date = date.plusDays(1);
            firstMinute = 0;
        }
        throw new IllegalStateException("No fire time for '" + expression + "' within 9 years of " + after);
    }

    // Day of month and day of week are never both restricted, so "both match" is every
    // cloud's reading.
    private boolean matches(LocalDate date) {
        return month.contains(date.getMonthValue())
                && dayOfMonth.contains(date.getDayOfMonth())
                && dayOfWeek.contains(date.getDayOfWeek().getValue() % 7);
    }

    @Override
    public String toString() {
        return expression;
    }
}
