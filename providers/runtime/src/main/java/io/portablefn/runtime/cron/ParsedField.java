package io.portablefn.runtime.cron;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a portable expression: its text, its items as written (kept so that translations
 * can stay close to what the user wrote) and the set of values it matches, as a bit mask.
 */
final class ParsedField {

    /** How an item was written; the translations render each shape in the cloud's own terms. */
    enum Shape { ALL, ALL_STEP, VALUE, RANGE, RANGE_STEP, OPEN_STEP }

    /** One comma-separated item: the values start, start + step, ... up to end. */
    record Item(Shape shape, int start, int end, int step) {
    }

    private final CronField field;
    private final String text;
    private final List<Item> items;
    private final long mask;

    private ParsedField(CronField field, String text, List<Item> items) {
        this.field = field;
        this.text = text;
        this.items = List.copyOf(items);
        long bits = 0;
        for (Item item : items) {
            for (int v = item.start(); v <= item.end(); v += item.step()) {
                // Day of week 7 is Sunday, stored as 0 so that one bit means one day.
                bits |= 1L << (field == CronField.DAY_OF_WEEK ? v % 7 : v);
            }
        }
        this.mask = bits;
    }

    CronField field() {
        return field;
    }

    String text() {
        return text;
    }

    List<Item> items() {
        return items;
    }

    /** The values matched: bit v set when v matches (day of week 0-6, Sunday 0). */
    long mask() {
        return mask;
    }

    boolean contains(int value) {
        return (mask & (1L << value)) != 0;
    }

    /** Written as a plain {@code *}: the only form that leaves the field unrestricted. */
    boolean isAll() {
        return items.size() == 1 && items.get(0).shape() == Shape.ALL;
    }

    /** The only item, if there is exactly one, else null. */
    Item single() {
        return items.size() == 1 ? items.get(0) : null;
    }

    /** Parses one field's text, or throws a {@link CronException} naming what is wrong. */
    static ParsedField parse(String expression, CronField field, String text) {
        rejectNotPortable(expression, field, text);
        boolean list = text.indexOf(',') >= 0;
        List<Item> items = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = text.indexOf(',', from);
            String part = comma < 0 ? text.substring(from) : text.substring(from, comma);
            if (part.isEmpty()) {
                throw CronException.emptyItem(expression, field, text);
            }
            items.add(item(expression, field, text, part, list));
            if (comma < 0) {
                return new ParsedField(field, text, items);
            }
            from = comma + 1;
        }
    }

    // '?' and '#' are never valid portable text, so they are named wherever they appear.
    private static void rejectNotPortable(String expression, CronField field, String text) {
        if (text.indexOf('?') >= 0) {
            throw CronException.notPortable(expression, field, text, '?');
        }
        if (text.indexOf('#') >= 0) {
            throw CronException.notPortable(expression, field, text, '#');
        }
    }

    private static Item item(String expression, CronField field, String text, String part, boolean list) {
        int slash = part.indexOf('/');
        String range = slash < 0 ? part : part.substring(0, slash);
        int step = slash < 0 ? 1 : step(expression, field, text, part.substring(slash + 1));
        if (range.equals("*")) {
            if (list) {
                throw CronException.malformed(expression, field, text,
                        "'*' means every value, so it cannot be one item of a list");
            }
            return new Item(slash < 0 ? Shape.ALL : Shape.ALL_STEP, field.min(), field.max(), step);
        }
        int dash = range.indexOf('-');
        if (dash < 0) {
            int value = value(expression, field, text, range);
            return slash < 0 ? new Item(Shape.VALUE, value, value, 1)
                    : new Item(Shape.OPEN_STEP, value, field.max(), step);
        }
        if (range.indexOf('-', dash + 1) >= 0) {
            throw CronException.malformed(expression, field, text, "'" + range + "' has more than one '-'");
        }
        String endText = range.substring(dash + 1);
        int start = value(expression, field, text, range.substring(0, dash));
        int end = value(expression, field, text, endText);
        if (field == CronField.DAY_OF_WEEK && end == 0 && start > 0 && !isNumber(endText)) {
            end = 7; // FRI-SUN: the name SUN ends a range as 7, the Sunday after Saturday
        }
        if (start > end) {
            throw CronException.backwardRange(expression, field, text, start, end);
        }
        return new Item(slash < 0 ? Shape.RANGE : Shape.RANGE_STEP, start, end, step);
    }

    private static int step(String expression, CronField field, String text, String step) {
        if (!isNumber(step) || step.length() > 2) {
            throw CronException.badStep(expression, field, text, step);
        }
        int value = Integer.parseInt(step);
        if (value < 1 || value > field.max() - field.min()) {
            throw CronException.badStep(expression, field, text, step);
        }
        return value;
    }

    private static int value(String expression, CronField field, String text, String token) {
        if (token.isEmpty()) {
            throw CronException.malformed(expression, field, text, "a range or step is missing a number");
        }
        if (isNumber(token)) {
            // Long digit strings are out of range anyway; the cap keeps parseInt from overflowing.
            int value = token.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(token);
            if (value < field.min() || value > field.max()) {
                throw CronException.outOfRange(expression, field, text, token);
            }
            return value;
        }
        int named = field.valueOfName(token);
        if (named >= 0) {
            return named;
        }
        char quartz = field == CronField.DAY_OF_MONTH || field == CronField.DAY_OF_WEEK ? quartzLetter(token) : 0;
        if (quartz != 0) {
            throw CronException.notPortable(expression, field, text, quartz);
        }
        throw CronException.unknownName(expression, field, text, token);
    }

    /** 'L' or 'W' if the token is EventBridge's L, LW, 5L or 15W; otherwise 0. */
    private static char quartzLetter(String token) {
        int end = token.length();
        boolean last = false;
        boolean weekday = false;
        while (end > 0 && "LlWw".indexOf(token.charAt(end - 1)) >= 0) {
            char c = Character.toUpperCase(token.charAt(--end));
            last |= c == 'L';
            weekday |= c == 'W';
        }
        if (end == token.length() || (end > 0 && !isNumber(token.substring(0, end)))) {
            return 0;
        }
        return last ? 'L' : weekday ? 'W' : 0;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
