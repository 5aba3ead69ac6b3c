package io.portablefn.benchmarks;

import java.util.List;
import java.util.Locale;

/** A Markdown table, and the number formats the results use. */
final class Table {

    private final StringBuilder text = new StringBuilder();

    Table(String... header) {
        row((Object[]) header);
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.length; i++) {
            rule.append("---|");
        }
        text.append(rule).append('\n');
    }

    Table row(Object... cells) {
        text.append('|');
        for (Object cell : cells) {
            text.append(' ').append(cell).append(" |");
        }
        text.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** "median (min-max)" with the given decimals. */
    static String spread(List<Double> values, int decimals) {
        String n = "%." + decimals + "f";
        return f(n + " (" + n + "-" + n + ")", Stats.median(values), Stats.min(values), Stats.max(values));
    }

    static String ratio(double value) {
        return f("%.2fx", value);
    }
}
