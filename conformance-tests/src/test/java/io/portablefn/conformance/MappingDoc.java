package io.portablefn.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of docs/mapping.md and docs/events.md the build checks. A rule table is a Markdown
 * table whose first column is {@code id} and last column {@code cases}; each row's id is a stable rule id in
 * backticks ({@code `http.request.query`}) and its cases cell names cases in backticks, or says
 * {@code all}. The gap table is the one whose columns are target, case, cause.
 */
record MappingDoc(Map<String, List<String>> rules, List<String> gaps) {

    /** A rule every case proves, such as "the status is sent as given". */
    static final String ALL = "all";

    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern RULE_ID = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*)+");

    static MappingDoc parse(String markdown) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        List<String> header = null;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
            } else if (!cells.get(0).startsWith("---")) {
                if (header.get(0).equals("id") && header.get(header.size() - 1).equals("cases")) {
                    rule(cells, rules);
                } else if (header.equals(List.of("target", "case", "cause"))) {
                    String target = ticked(cells.get(0)).get(0);
                    ticked(cells.get(1)).forEach(caseId -> gaps.add(target + " / " + caseId));
                }
            }
        }
        return new MappingDoc(rules, gaps);
    }

    private static void rule(List<String> cells, Map<String, List<String>> rules) {
        List<String> ids = ticked(cells.get(0));
        if (ids.size() != 1 || !RULE_ID.matcher(ids.get(0)).matches()) {
            throw new IllegalArgumentException("A rule row must start with one rule id in backticks, such as"
                    + " `http.request.query`; found: " + cells);
        }
        if (rules.containsKey(ids.get(0))) {
            throw new IllegalArgumentException("Rule id " + ids.get(0) + " appears twice");
        }
        String cases = cells.get(cells.size() - 1);
        rules.put(ids.get(0), cases.equals(ALL) ? List.of(ALL) : ticked(cases));
    }

    private static List<String> cells(String line) {
        String inner = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<String> ticked(String cell) {
        List<String> values = new ArrayList<>();
        Matcher matcher = TICKED.matcher(cell);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
