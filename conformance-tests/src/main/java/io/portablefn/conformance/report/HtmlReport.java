package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseVerdict;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The matrices as one self-contained HTML page: a coloured cell per case and target whose tooltip
 * and details list say why it is not a pass. Every piece of text from a case or a response is
 * escaped, since a response body can hold anything, markup included.
 */
final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.pass{background:#dfd}"
            + "td.fail{background:#fcc;font-weight:bold}td.gap{background:#ffd}td.excluded{background:#eee}"
            + "pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}";

    private HtmlReport() {
    }

    static String render(String title, String summary, List<Matrix> matrices) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>").append(escape(summary)).append("</p>\n");
        for (Matrix matrix : matrices) {
            table(html, matrix);
        }
        html.append("<h2>Details</h2>\n");
        for (Matrix matrix : matrices) {
            for (CaseVerdict result : matrix.results()) {
                for (Outcome outcome : result.outcomes()) {
                    if (outcome.verdict() != Verdict.PASS || !outcome.details().isEmpty()) {
                        section(html, result.caseId() + " on " + outcome.target() + ": " + outcome.label(),
                                outcome.details());
                    }
                }
                if (!result.disagreements().isEmpty()) {
                    section(html, result.caseId() + ": targets disagree", result.disagreements());
                }
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, Matrix matrix) {
        if (!matrix.heading().isEmpty()) {
            html.append("<h2>").append(escape(matrix.heading())).append("</h2>\n");
        }
        html.append("<table>\n<tr><th>case</th>");
        matrix.targets().forEach(target -> html.append("<th>").append(escape(target)).append("</th>"));
        html.append("<th>targets agree</th></tr>\n");
        for (CaseVerdict result : matrix.results()) {
            html.append("<tr><th title=\"").append(escape(result.description())).append("\">")
                    .append(escape(result.caseId())).append("</th>");
            for (String target : matrix.targets()) {
                html.append(cell(result.outcome(target)));
            }
            html.append(result.disagreements().isEmpty() ? "<td class=\"pass\">yes</td>" : "<td class=\"fail\">no</td>")
                    .append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String cell(Outcome outcome) {
        if (outcome == null) {
            return "<td class=\"excluded\">not run</td>";
        }
        String css = switch (outcome.verdict()) {
            case PASS -> "pass";
            case FAIL, GAP_NOW_PASSES, DIFFERENT_GAP, CANNOT_RUN -> "fail";
            case KNOWN_GAP -> "gap";
            case EXCLUDED -> "excluded";
        };
        return "<td class=\"" + css + "\" title=\"" + escape(String.join("\n", outcome.details())) + "\">"
                + escape(outcome.label()) + "</td>";
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
