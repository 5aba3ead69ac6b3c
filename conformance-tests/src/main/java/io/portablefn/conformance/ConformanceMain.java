package io.portablefn.conformance;

import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.report.Reports;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.CaseVerdict;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.EventCaseResult;
import io.portablefn.conformance.suite.EventEngine;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Suite;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line entry point, for pipelines that do not run JUnit: runs the HTTP cases on the
 * HTTP targets and the event cases on the event targets, prints each failure, writes the
 * matrices, and exits 0 when every case passed, 1 when one failed, 2 when the arguments or a
 * case file are wrong. Run it on the test classpath of the
 * project whose functions it tests (docs/conformance.md shows how).
 */
public final class ConformanceMain {

    static final String USAGE = """
            usage: ConformanceMain [--cases DIR]... [--function CLASS]... [--known-gaps FILE]
                                   [--built-in] [--targets NAME,NAME] [--report DIR] [--name NAME]
              --cases DIR        a directory of case files (*.json, HTTP or event cases); repeatable
              --function CLASS   a function class the cases name; repeatable
              --known-gaps FILE  a known-gap ledger (JSON array of target, case, cause, observed)
              --built-in         also run portablefn's own catalogue
              --targets LIST     only these targets (default: all of %s; event targets: all of %s)
              --report DIR       where to write NAME.md and NAME.html (default: target/conformance)
              --name NAME        the report's file name (default: conformance)""";

    private ConformanceMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the suite the arguments describe and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, EventTargets::named);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the event targets chosen by {@code eventTargets}. */
    static int run(String[] args, PrintStream out, PrintStream err,
            java.util.function.Function<List<String>, List<EventTarget>> eventTargets) {
        CommandLine line;
        Suite suite;
        List<Target> targets;
        List<EventTarget> events;
        try {
            line = CommandLine.parse(args);
            Suite.Builder builder = Suite.builder();
            if (line.builtIn) {
                builder.builtIn();
            }
            List<Class<?>> functions = new ArrayList<>();
            for (String name : line.functions) {
                functions.add(Class.forName(name, true, Thread.currentThread().getContextClassLoader()));
            }
            line.caseDirectories.forEach(directory -> builder.directoryCases(directory, functions));
            if (line.knownGaps != null) {
                builder.gaps(KnownGaps.fromFile(line.knownGaps));
            }
            suite = builder.build();
            targets = Targets.named(line.targets);
            if (suite.cases().isEmpty()) {
                Targets.closeQuietly(targets);
                targets = List.of();
            }
            events = suite.eventCases().isEmpty() ? List.of() : eventTargets.apply(line.targets);
        } catch (ClassNotFoundException e) {
            err.println("No class " + e.getMessage() + " on the classpath: run on your project's test classpath");
            return 2;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            err.println(USAGE.formatted(Targets.names(), EventTargets.names()));
            return 2;
        }
        try {
            List<CaseResult> results = new ConformanceEngine(suite.gaps()).run(suite.cases(), targets);
            List<EventCaseResult> eventResults = new EventEngine(suite.gaps()).run(suite.eventCases(), events);
            List<CaseVerdict> all = new ArrayList<>(results);
            all.addAll(eventResults);
            all.stream().filter(r -> !r.passed()).forEach(r -> err.print(r.failureReport()));
            Path report = Reports.write(line.reportDirectory, line.name, targets.stream().map(Target::name).toList(),
                    results, events.stream().map(EventTarget::name).toList(), eventResults);
            long failed = all.stream().filter(r -> !r.passed()).count();
            List<String> targetNames = targets.stream().map(Target::name).toList();
            List<String> eventNames = events.stream().map(EventTarget::name).toList();
            out.println(results.size() + " HTTP cases on " + targets.size() + " targets and " + eventResults.size()
                    + " event cases on " + events.size() + " event targets. "
                    + Reports.headline(targetNames, results, eventNames, eventResults) + " Report: "
                    + report.toAbsolutePath());
            return failed == 0 ? 0 : 1;
        } catch (java.io.IOException e) {
            err.println("Cannot write the report: " + e.getMessage());
            return 2;
        } finally {
            Targets.closeQuietly(targets);
            EventTargets.closeQuietly(events);
        }
    }

    /** The parsed arguments. */
    private static final class CommandLine {
        final List<Path> caseDirectories = new ArrayList<>();
        final List<String> functions = new ArrayList<>();
        List<String> targets = List.of();
        Path knownGaps;
        Path reportDirectory = Reports.DEFAULT_DIRECTORY;
        String name = "conformance";
        boolean builtIn;

        static CommandLine parse(String[] args) {
            CommandLine line = new CommandLine();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--built-in")) {
                    line.builtIn = true;
                    continue;
                }
                if (i + 1 >= args.length || !option.startsWith("--")) {
                    throw new IllegalArgumentException("Unknown or incomplete argument '" + option + "'");
                }
                String value = args[++i];
                switch (option) {
                    case "--cases" -> line.caseDirectories.add(Path.of(value));
                    case "--function" -> line.functions.add(value);
                    case "--known-gaps" -> line.knownGaps = Path.of(value);
                    case "--targets" -> line.targets = Arrays.stream(value.split(",")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
                    case "--report" -> line.reportDirectory = Path.of(value);
                    case "--name" -> line.name = value;
                    default -> throw new IllegalArgumentException("Unknown argument '" + option + "'");
                }
            }
            return line;
        }
    }
}
