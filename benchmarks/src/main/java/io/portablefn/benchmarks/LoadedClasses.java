package io.portablefn.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The classes a contender's cold start loads, by name, over {@value #STARTS} starts under
 * {@code -Xlog:class+load}: those every start loaded, and those only some did (a background
 * thread's first tick can come before the JVM exits or not). Lambda and hidden classes lose
 * their addresses, which change from run to run.
 */
record LoadedClasses(TreeSet<String> always, TreeSet<String> sometimes) {

    static final int STARTS = 3;

    static LoadedClasses of(ObserverCost.Contender contender, Path work) throws Exception {
        TreeSet<String> always = null;
        TreeSet<String> any = new TreeSet<>();
        for (int i = 0; i < STARTS; i++) {
            TreeSet<String> names = once(contender, work.resolve("class-load-"
                    + contender.name().replaceAll("[^a-zA-Z]+", "-") + "-" + i + ".log"));
            any.addAll(names);
            if (always == null) {
                always = names;
            } else {
                always.retainAll(names);
            }
        }
        any.removeAll(always);
        return new LoadedClasses(always, any);
    }

    /** What this contender always loads that {@code other} does not always load. */
    TreeSet<String> beyond(LoadedClasses other) {
        TreeSet<String> names = new TreeSet<>(always);
        names.removeAll(other.always);
        names.removeAll(other.sometimes);
        return names;
    }

    private static TreeSet<String> once(ObserverCost.Contender contender, Path log) throws Exception {
        Files.deleteIfExists(log);
        ObserverCost.start(contender.classpath(), List.of("-Xlog:class+load=info:file=" + log));
        TreeSet<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(log)) {
            int tag = line.indexOf("[class,load]");
            if (tag >= 0) {
                String rest = line.substring(tag + "[class,load]".length()).strip();
                int space = rest.indexOf(' ');
                names.add((space < 0 ? rest : rest.substring(0, space)).replaceAll("0x[0-9a-f]+", "0x"));
            }
        }
        return names;
    }
}
