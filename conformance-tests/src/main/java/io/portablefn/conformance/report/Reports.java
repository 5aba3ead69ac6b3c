package io.portablefn.conformance.report;

import io.portablefn.conformance.Targets;
import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.CaseVerdict;
import io.portablefn.conformance.suite.EventCaseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the case x target matrices of a run as {@code <name>.md} and {@code <name>.html}: one
 * for HTTP cases and, when the run has event cases, one for them on the event targets. JUnit
 * XML is not written here: it comes from running the suite as JUnit tests (Surefire writes it).
 */
public final class Reports {

    /** Where reports go unless told otherwise: the build's output folder, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "conformance");

    private Reports() {
    }

    /** Writes both files for a run of HTTP cases only and returns the Markdown one. */
    public static Path write(Path directory, String name, List<String> targets, List<CaseResult> results)
            throws IOException {
        return write(directory, name, targets, results, List.of(), List.of());
    }

    /** Writes both files, with the event matrix when {@code eventResults} is not empty, and returns the Markdown one. */
    public static Path write(Path directory, String name, List<String> targets, List<CaseResult> results,
            List<String> eventTargets, List<EventCaseResult> eventResults) throws IOException {
        Files.createDirectories(directory);
        String title = "Conformance: " + name;
        List<Matrix> matrices = Matrix.of(targets, results, eventTargets, eventResults);
        String summary = headline(targets, results, eventTargets, eventResults) + EXPLAINED;
        Path markdown = directory.resolve(name + ".md");
        Files.writeString(markdown, MarkdownReport.render(title, summary, matrices), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(name + ".html"), HtmlReport.render(title, summary, matrices),
                StandardCharsets.UTF_8);
        return markdown;
    }

    private static final String EXPLAINED = " A case passes when every target matches its expectation or fails it"
            + " exactly as the known-gap ledger records, every target that passed gave the same answer, and no"
            + " target was missing or unable to run it unless the case excludes it (docs/conformance.md, 'Read the"
            + " report').";

    /**
     * The run's headline ({@link Summary}): the cases and cells of both matrices, and the default
     * targets of each kind that ran cases the selection left out.
     */
    public static String headline(List<String> targets, List<? extends CaseVerdict> results, List<String> eventTargets,
            List<? extends CaseVerdict> eventResults) {
        List<CaseVerdict> all = new ArrayList<>(results);
        all.addAll(eventResults);
        List<String> notSelected = new ArrayList<>();
        if (!results.isEmpty()) {
            Targets.names().stream().filter(t -> !targets.contains(t)).forEach(notSelected::add);
        }
        if (!eventResults.isEmpty()) {
            EventTargets.names().stream().filter(t -> !eventTargets.contains(t))
                    .forEach(t -> notSelected.add(t + " (events)"));
        }
        return Summary.of(all, notSelected);
    }

    /** The report directory: system property {@code portablefn.conformance.reports}, else {@link #DEFAULT_DIRECTORY}. */
    public static Path directory() {
        String configured = System.getProperty("portablefn.conformance.reports");
        return configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : Path.of(configured);
    }
}
