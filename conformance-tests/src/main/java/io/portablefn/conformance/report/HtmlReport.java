package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The matrix as one self-contained HTML page: a coloured cell per case and target whose tooltip
 * and details list say why it is not a pass. Every piece of text from a case or a response is
 * escaped, since a response body can hold anything, markup included.
 */
final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.pass{background:#dfd}"
            + "td.fail{background:#fcc;font-weight:bold}td.gap{background:#ffd}td.skip{background:#eee}"
            + "pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}";

    private HtmlReport() {
    }

    static String render(String title, List<String> targets, List<CaseResult> results) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>").append(escape(Summary.of(results)))
                .append("</p>\n<table>\n<tr><th>case</th>");
        targets.forEach(target -> html.append("<th>").append(escape(target)).append("</th>"));
        html.append("<th>targets agree</th></tr>\n");
        for (CaseResult result : results) {
            html.append("<tr><th title=\"").append(escape(result.httpCase().description())).append("\">")
                    .append(escape(result.httpCase().id())).append("</th>");
            for (String target : targets) {
                html.append(cell(result.outcome(target)));
            }
            html.append(result.disagreements().isEmpty() ? "<td class=\"pass\">yes</td>" : "<td class=\"fail\">no</td>")
                    .append("</tr>\n");
        }
        html.append("</table>\n<h2>Details</h2>\n");
        for (CaseResult result : results) {
            for (Outcome outcome : result.outcomes()) {
                if (outcome.verdict() != Verdict.PASS) {
                    section(html, result.httpCase().id() + " on " + outcome.target() + ": " + outcome.verdict().label(),
                            outcome.details());
                }
            }
            if (!result.disagreements().isEmpty()) {
                section(html, result.httpCase().id() + ": targets disagree", result.disagreements());
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String cell(Outcome outcome) {
        if (outcome == null) {
            return "<td class=\"skip\">not run</td>";
        }
        String css = switch (outcome.verdict()) {
            case PASS -> "pass";
            case FAIL, GAP_NOW_PASSES -> "fail";
            case KNOWN_GAP -> "gap";
            case SKIP -> "skip";
        };
        return "<td class=\"" + css + "\" title=\"" + escape(String.join("\n", outcome.details())) + "\">"
                + escape(outcome.verdict().label()) + "</td>";
    }

    private static void section(StringBuilder html, String heading, List<String> lines) {
        html.append("<h3>").append(escape(heading)).append("</h3>\n<pre>")
                .append(escape(String.join("\n", lines))).append("</pre>\n");
    }

    /** Escapes text for element content and for double- or single-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? String.format(Locale.ROOT, "&#%d;", (int) c) : c);
            }
        }
        return out.toString();
    }
}
