package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseVerdict;
import io.portablefn.conformance.suite.Outcome;
import java.util.List;

/**
 * The matrices as Markdown: per matrix one row per case, one column per target, each cell a
 * verdict's label (pass, fail, known gap, excluded, ...; failing ones in bold); then every cell
 * that is not a plain pass, with its differing fields, cause, reason or what could not be observed.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(String title, String summary, List<Matrix> matrices) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(summary).append("\n");
        for (Matrix matrix : matrices) {
            table(md, matrix);
        }
        details(md, matrices);
        return md.toString();
    }

    private static void table(StringBuilder md, Matrix matrix) {
        if (!matrix.heading().isEmpty()) {
            md.append("\n## ").append(matrix.heading()).append("\n");
        }
        md.append("\n| case |");
        matrix.targets().forEach(target -> md.append(' ').append(cell(target)).append(" |"));
        md.append(" targets agree |\n|---|");
        matrix.targets().forEach(target -> md.append("---|"));
        md.append("---|\n");
        for (CaseVerdict result : matrix.results()) {
            md.append("| ").append(cell(result.caseId())).append(" |");
            for (String target : matrix.targets()) {
                Outcome outcome = result.outcome(target);
                String label = outcome == null ? "not run" : outcome.label();
                md.append(' ').append(outcome != null && outcome.verdict().fails() ? "**" + label + "**" : label)
                        .append(" |");
            }
            md.append(result.disagreements().isEmpty() ? " yes |\n" : " **no** |\n");
        }
    }

    private static void details(StringBuilder md, List<Matrix> matrices) {
        boolean any = false;
        for (Matrix matrix : matrices) {
            for (CaseVerdict result : matrix.results()) {
                for (Outcome outcome : result.outcomes()) {
                    if (outcome.verdict() != Outcome.Verdict.PASS || !outcome.details().isEmpty()) {
                        any = details(md, any);
                        md.append("\n### ").append(result.caseId()).append(" on ").append(outcome.target())
                                .append(": ").append(outcome.label()).append("\n\n");
                        outcome.details().forEach(line -> md.append("    ").append(oneLine(line)).append('\n'));
                    }
                }
                if (!result.disagreements().isEmpty()) {
                    any = details(md, any);
                    md.append("\n### ").append(result.caseId()).append(": targets disagree\n\n");
                    result.disagreements().forEach(line -> md.append("    ").append(oneLine(line)).append('\n'));
                }
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
