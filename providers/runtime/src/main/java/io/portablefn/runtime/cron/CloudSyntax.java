package io.portablefn.runtime.cron;

import io.portablefn.runtime.cron.ParsedField.Item;
import io.portablefn.runtime.cron.ParsedField.Shape;
import java.util.StringJoiner;

/**
 * Writes parsed fields in each cloud's syntax. Every rule here keeps the set of fire times
 * unchanged; CronTranslationEquivalenceTest checks that against evaluators of each cloud's
 * documented semantics.
 */
final class CloudSyntax {

    private CloudSyntax() {
    }

    /**
     * {@code cron(minute hour day-of-month month day-of-week year)}. One day field must be
     * {@code ?}; day of week is 1-7 from Sunday, so it is written as names. Steps are written as
     * {@code a/n}, the only form EventBridge documents, and otherwise expanded to values.
     */
    static String eventBridge(ParsedField minute, ParsedField hour, ParsedField dayOfMonth,
                              ParsedField month, ParsedField dayOfWeek) {
        String dom = dayOfWeek.isAll() ? eventBridgeField(dayOfMonth) : "?";
        String dow = dayOfWeek.isAll() ? "?" : runs(dayOfWeek, true);
        return "cron(" + eventBridgeField(minute) + " " + eventBridgeField(hour) + " " + dom + " "
                + eventBridgeField(month) + " " + dow + " *)";
    }

    /**
     * {@code second minute hour day month day-of-week}, seconds always 0. NCRONTAB starts
     * {@code *}{@code /n} at the field's first value (0 or 1) as unix-cron does, so steps stay.
     */
    static String ncrontab(ParsedField minute, ParsedField hour, ParsedField dayOfMonth,
                           ParsedField month, ParsedField dayOfWeek) {
        return "0 " + unixCron(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    /** Five fields with numbers only and Sunday as 0, which every unix-cron reads alike. */
    static String unixCron(ParsedField minute, ParsedField hour, ParsedField dayOfMonth,
                           ParsedField month, ParsedField dayOfWeek) {
        return unixField(minute) + " " + unixField(hour) + " " + unixField(dayOfMonth) + " "
                + unixField(month) + " " + unixDayOfWeek(dayOfWeek);
    }

    private static String eventBridgeField(ParsedField field) {
        Item only = field.single();
        if (only != null) {
            switch (only.shape()) {
                case ALL:
                    return "*";
                case ALL_STEP:
                case OPEN_STEP:
                    // EventBridge's a/n runs from a to the field's end, like the portable a/n;
                    // */n becomes min/n (0 for minute and hour, 1 for day and month).
                    return only.start() + "/" + only.step();
                default:
                    break;
            }
        }
        // Ranged steps and steps inside lists are not documented for EventBridge: list the values.
        return runs(field, false);
    }

    private static String unixField(ParsedField field) {
        StringJoiner items = new StringJoiner(",");
        for (Item item : field.items()) {
            items.add(unixItem(item));
        }
        return items.toString();
    }

    private static String unixItem(Item item) {
        switch (item.shape()) {
            case ALL:
                return "*";
            case ALL_STEP:
                return "*/" + item.step();
            case VALUE:
                return Integer.toString(item.start());
            case RANGE:
                return item.start() + "-" + item.end();
            default:
                // RANGE_STEP, and OPEN_STEP spelled as a range: unix-cron documents steps only
                // after * or a range, and a bare a/n means only a in some crons.
                return item.start() + "-" + item.end() + "/" + item.step();
        }
    }

    // Day of week is rewritten from its values, so 7 (Sunday) becomes 0 and a range that ends on
    // Sunday (5-7) becomes two runs (0,5-6); NCRONTAB has no 7 at all.
    private static String unixDayOfWeek(ParsedField dayOfWeek) {
        Item only = dayOfWeek.single();
        if (only != null && (only.shape() == Shape.ALL || only.shape() == Shape.ALL_STEP)) {
            // Multiples of n in 0-7 and in 0-6 are the same days, 7 being Sunday like 0.
            return unixItem(only);
        }
        return runs(dayOfWeek, false);
    }

    /** The field's values as ascending runs: "0,5-6", or with names "SUN,FRI-SAT". */
    private static String runs(ParsedField field, boolean names) {
        CronField kind = field.field();
        int last = kind == CronField.DAY_OF_WEEK ? 6 : kind.max();
        StringJoiner runs = new StringJoiner(",");
        int v = kind.min();
        while (v <= last) {
            if (!field.contains(v)) {
                v++;
                continue;
            }
            int start = v;
            while (v + 1 <= last && field.contains(v + 1)) {
                v++;
            }
            String first = names ? kind.nameOf(start) : Integer.toString(start);
            runs.add(start == v ? first : first + "-" + (names ? kind.nameOf(v) : Integer.toString(v)));
            v++;
        }
        return runs.toString();
    }
}
