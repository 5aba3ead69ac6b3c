package io.portablefn.maven.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of the conformance suite's own entry point ({@code ConformanceMain}, in
 * io.portablefn:portablefn-conformance) in a forked JVM on the project's test classpath, as the
 * {@code conformance} goal runs it: no Surefire and no JUnit engine involved, so the suite runs
 * whatever Surefire the project has. A JVM of its own also gives the suite's loopback targets
 * (Google's invoker, AWS's runtime client) the test classpath as {@code java.class.path}, where
 * they look for their runtimes.
 */
public final class ConformanceCommand {

    /** The suite's command-line entry point; its exit codes are 0 passed, 1 failed, 2 wrong arguments. */
    public static final String MAIN = "io.portablefn.conformance.ConformanceMain";

    private ConformanceCommand() {
    }

    /** What the goal was configured with; see {@code ConformanceMojo} for each. */
    public record Options(List<Path> caseDirectories, List<String> functions, Path knownGaps, boolean builtInCases,
            String targets, Path reportDirectory, String name) {
    }

    /**
     * The function classes the processor indexed in the given class directories (main and test
     * classes), in order and without repeats; a directory without an index adds none.
     */
    public static List<String> indexedFunctions(List<Path> classDirectories) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Path directory : classDirectories) {
            if (Files.isRegularFile(directory.resolve(Manifest.PATH))) {
                Manifest.read(directory).forEach(function -> names.add(function.className()));
            }
        }
        return List.copyOf(names);
    }

    /** The full command: {@code java -cp <classpath> ConformanceMain <options>}. */
    public static List<String> command(List<String> classpath, Options options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), MAIN));
        for (Path directory : options.caseDirectories()) {
            command.addAll(List.of("--cases", directory.toString()));
        }
        for (String function : options.functions()) {
            command.addAll(List.of("--function", function));
        }
        if (options.knownGaps() != null) {
            command.addAll(List.of("--known-gaps", options.knownGaps().toString()));
        }
        if (options.builtInCases()) {
            command.add("--built-in");
        }
        if (options.targets() != null && !options.targets().isBlank()) {
            command.addAll(List.of("--targets", options.targets().strip()));
        }
        command.addAll(List.of("--report", options.reportDirectory().toString(), "--name", options.name()));
        return command;
    }
}
