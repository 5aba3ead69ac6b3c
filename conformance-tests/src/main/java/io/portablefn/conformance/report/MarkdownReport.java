package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.Outcome;
import java.util.List;

/**
 * The matrix as Markdown: one row per case, one column per target, each cell pass, fail, known
 * gap or skip; then every cell that is not a pass, with its differing fields, cause or reason.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(String title, List<String> targets, List<CaseResult> results) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(Summary.of(results))
                .append("\n\n| case |");
        targets.forEach(target -> md.append(' ').append(cell(target)).append(" |"));
        md.append(" targets agree |\n|---|");
        targets.forEach(target -> md.append("---|"));
        md.append("---|\n");
        for (CaseResult result : results) {
            md.append("| ").append(cell(result.httpCase().id())).append(" |");
            for (String target : targets) {
                Outcome outcome = result.outcome(target);
                String label = outcome == null ? "not run" : outcome.verdict().label();
                md.append(' ').append(outcome != null && outcome.verdict().fails() ? "**" + label + "**" : label)
                        .append(" |");
            }
            md.append(result.disagreements().isEmpty() ? " yes |\n" : " **no** |\n");
        }
        details(md, results);
        return md.toString();
    }

    private static void details(StringBuilder md, List<CaseResult> results) {
        boolean any = false;
        for (CaseResult result : results) {
            for (Outcome outcome : result.outcomes()) {
                if (outcome.verdict() != Outcome.Verdict.PASS) {
                    any = details(md, any);
                    md.append("\n### ").append(result.httpCase().id()).append(" on ").append(outcome.target())
                            .append(": ").append(outcome.verdict().label()).append("\n\n");
                    outcome.details().forEach(line -> md.append("    ").append(oneLine(line)).append('\n'));
                }
            }
            if (!result.disagreements().isEmpty()) {
                any = details(md, any);
                md.append("\n### ").append(result.httpCase().id()).append(": targets disagree\n\n");
                result.disagreements().forEach(line -> md.append("    ").append(oneLine(line)).append('\n'));
            }
        }
    }

    private static boolean details(StringBuilder md, boolean started) {
        if (!started) {
            md.append("\n## Details\n");
        }
        return true;
    }

    // Indented code blocks show text as it is (no Markdown inside), one line each.
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    // A table cell ends at an unescaped pipe or a line break.
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
