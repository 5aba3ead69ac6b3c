package io.portablefn.runtime.cron;

import io.portablefn.runtime.cron.CloudField.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Test-only evaluators of each cloud's cron strings, from the clouds' documentation:
 * <ul>
 * <li>EventBridge (docs.aws.amazon.com, "Cron expressions reference"): six fields, day of week
 * 1-7 from SUN, exactly one day field {@code ?}, steps only as {@code a/n} and never in day of
 * week, year {@code *} here;</li>
 * <li>NCRONTAB (Azure timer trigger docs, and the NCrontab library they run on): six fields from
 * seconds, day of week 0-6, day of month and day of week must both match;</li>
 * <li>unix-cron (Cloud Scheduler docs, crontab(5)): five fields, day of week 0-7, steps after
 * {@code *} or a range, and when neither day field starts with {@code *} EITHER may match.</li>
 * </ul>
 */
final class CloudSchedules {

    /** A cloud's reading of a schedule: a minute fires when both the day and the time match. */
    interface Schedule {
        boolean runsOn(LocalDate date);

        boolean runsAt(int hour, int minute);
    }

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN",
            "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private CloudSchedules() {
    }

    static Schedule eventBridge(String expression) {
        if (!expression.startsWith("cron(") || !expression.endsWith(")")) {
            throw new IllegalArgumentException("not cron(...): " + expression);
        }
        String[] f = CloudField.fields(expression.substring(5, expression.length() - 1), 6);
        Rules steps = new Rules(false, false, true);
        boolean[] minutes = CloudField.read(f[0], 0, 59, List.of(), steps);
        boolean[] hours = CloudField.read(f[1], 0, 23, List.of(), steps);
        boolean[] months = CloudField.read(f[3], 1, 12, MONTHS, steps);
        boolean anyDayOfMonth = f[2].equals("?");
        if (anyDayOfMonth == f[4].equals("?") || !f[5].equals("*")) {
            throw new IllegalArgumentException("exactly one day field must be ?, and year *: " + expression);
        }
        boolean[] days = anyDayOfMonth ? null : CloudField.read(f[2], 1, 31, List.of(), steps);
        boolean[] weekdays = anyDayOfMonth ? CloudField.read(f[4], 1, 7, DAYS, new Rules(false, false, false)) : null;
        return schedule(minutes, hours, date -> months[date.getMonthValue()]
                && (anyDayOfMonth ? weekdays[date.getDayOfWeek().getValue() % 7 + 1] : days[date.getDayOfMonth()]));
    }

    static Schedule ncrontab(String expression) {
        String[] f = CloudField.fields(expression, 6);
        if (!f[0].equals("0")) {
            throw new IllegalArgumentException("seconds must be 0: " + expression);
        }
        Rules steps = new Rules(true, true, true);
        boolean[] minutes = CloudField.read(f[1], 0, 59, List.of(), steps);
        boolean[] hours = CloudField.read(f[2], 0, 23, List.of(), steps);
        boolean[] days = CloudField.read(f[3], 1, 31, List.of(), steps);
        boolean[] months = CloudField.read(f[4], 1, 12, MONTHS, steps);
        boolean[] weekdays = CloudField.read(f[5], 0, 6, DAYS, steps);
        return schedule(minutes, hours, date -> months[date.getMonthValue()] && days[date.getDayOfMonth()]
                && weekdays[date.getDayOfWeek().getValue() % 7]);
    }

    static Schedule unixCron(String expression) {
        String[] f = CloudField.fields(expression, 5);
        Rules steps = new Rules(true, true, false);
        boolean[] minutes = CloudField.read(f[0], 0, 59, List.of(), steps);
        boolean[] hours = CloudField.read(f[1], 0, 23, List.of(), steps);
        boolean[] days = CloudField.read(f[2], 1, 31, List.of(), steps);
        boolean[] months = CloudField.read(f[3], 1, 12, MONTHS, steps);
        boolean[] weekdays = CloudField.read(f[4], 0, 7, DAYS, steps);
        boolean either = !f[2].startsWith("*") && !f[4].startsWith("*");
        return schedule(minutes, hours, date -> {
            int weekday = date.getDayOfWeek().getValue() % 7;
            boolean dayOfWeek = weekdays[weekday] || (weekday == 0 && weekdays[7]);
            boolean dayOfMonth = days[date.getDayOfMonth()];
            return months[date.getMonthValue()] && (either ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek);
        });
    }

    private static Schedule schedule(boolean[] minutes, boolean[] hours, Predicate<LocalDate> day) {
        return new Schedule() {
            @Override
            public boolean runsOn(LocalDate date) {
                return day.test(date);
            }

            @Override
            public boolean runsAt(int hour, int minute) {
                return hours[hour] && minutes[minute];
            }
        };
    }
}
