package io.portablefn.benchmarks.cold;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM to start children with: its {@code java} and the options on top of the defaults.
 *
 * @param name how the results table names it
 */
public record Jvm(String name, Path javaHome, List<String> options) {

    /** The JVM running this harness, with no options. */
    public static Jvm current() {
        return new Jvm("JDK " + Runtime.version().feature() + ", defaults", Path.of(System.getProperty("java.home")),
                List.of());
    }

    public Jvm with(String newName, String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new Jvm(newName, javaHome, all);
    }

    List<String> command(List<Path> classpath) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(options);
        StringBuilder cp = new StringBuilder();
        for (Path path : classpath) {
            cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(path);
        }
        command.add("-cp");
        command.add(cp.toString());
        return command;
    }
}
