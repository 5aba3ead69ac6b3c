package io.portablefn.runtime.cron;

import java.util.Locale;

/** The five fields of a portable cron expression, in order, with the values each allows. */
enum CronField {
    MINUTE("minute", 0, 59, null),
    HOUR("hour", 0, 23, null),
    DAY_OF_MONTH("day of month", 1, 31, null),
    MONTH("month", 1, 12, new String[] {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}),
    // 0 and 7 are both Sunday, as in unix-cron; parsing folds 7 into 0.
    DAY_OF_WEEK("day of week", 0, 7, new String[] {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"});

    private final String label;
    private final int min;
    private final int max;
    private final String[] names;

    CronField(String label, int min, int max, String[] names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    String label() {
        return label;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    boolean hasNames() {
        return names != null;
    }

    /** The value of a three-letter name (case-insensitive), or -1 if it is not one of this field's. */
    int valueOfName(String name) {
        if (names != null) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(upper)) {
                    return min + i;
                }
            }
        }
        return -1;
    }

    /** The upper-case name of a value; only for fields with names. */
    String nameOf(int value) {
        return names[value - min];
    }

    /** What this field accepts, for error messages: "0-59", "1-12 or JAN-DEC", ... */
    String allowed() {
        String numbers = min + "-" + max;
        if (this == DAY_OF_WEEK) {
            return "0-7 (0 and 7 are Sunday) or SUN-SAT";
        }
        return names == null ? numbers : numbers + " or " + names[0] + "-" + names[names.length - 1];
    }
}
