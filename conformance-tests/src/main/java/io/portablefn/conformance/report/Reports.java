package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the case x target matrix of a run as {@code <name>.md} and {@code <name>.html}. JUnit
 * XML is not written here: it comes from running the suite as JUnit tests (Surefire writes it).
 */
public final class Reports {

    /** Where reports go unless told otherwise: the build's output folder, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "conformance");

    private Reports() {
    }

    /** Writes both files and returns the Markdown one. */
    public static Path write(Path directory, String name, List<String> targets, List<CaseResult> results)
            throws IOException {
        Files.createDirectories(directory);
        String title = "Conformance: " + name;
        Path markdown = directory.resolve(name + ".md");
        Files.writeString(markdown, MarkdownReport.render(title, targets, results), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(name + ".html"), HtmlReport.render(title, targets, results),
                StandardCharsets.UTF_8);
        return markdown;
    }

    /** The report directory: system property {@code portablefn.conformance.reports}, else {@link #DEFAULT_DIRECTORY}. */
    public static Path directory() {
        String configured = System.getProperty("portablefn.conformance.reports");
        return configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : Path.of(configured);
    }
}
