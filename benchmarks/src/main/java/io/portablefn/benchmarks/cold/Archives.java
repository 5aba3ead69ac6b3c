package io.portablefn.benchmarks.cold;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * AppCDS and AOT-cache archives for the "What the JVM adds" rows: training a variant's archive,
 * and proving, before a row is timed, that its JVM really loads the function from it.
 */
public final class Archives {

    private final Launcher launcher;

    public Archives(Launcher launcher) {
        this.launcher = launcher;
    }

    /**
     * One training start of a direct cold start that writes {@code archive} (AppCDS or the AOT
     * cache, as {@code jvm}'s options say). It runs to its end with its output in a log file:
     * JDK 25 assembles the AOT cache in a child JVM after the function has answered, and
     * closing that JVM's output early, or stopping it, leaves only the training configuration.
     * Fails when the archive was not written.
     */
    public void train(Variant variant, Jvm jvm, Path archive) throws Exception {
        File log = launcher.log(variant, "train-" + archive.getFileName());
        Process process = launcher.directProcess(variant, jvm).redirectOutput(log).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(variant + ": training did not end within 120 s; see " + log);
            }
        } finally {
            Launcher.stop(process);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException(variant + ": training wrote no archive " + archive + "; see " + log);
        }
    }

    /**
     * Checks, in one untimed start with {@code -Xlog:class+load}, that {@code jvm} really loads
     * the variant's entry point from its archive ("source: shared objects file"), so that a row
     * labelled AppCDS or AOT cache cannot silently measure a JVM that ignored its archive.
     * Returns how many of the variant's own classes came from the archive, out of how many.
     */
    public int[] archivedClasses(Variant variant, Jvm jvm) throws Exception {
        Process process = launcher.directProcess(variant, jvm.with(jvm.name(), "-Xlog:class+load=info")).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
        } finally {
            Launcher.stop(process);
        }
        int archived = 0;
        int all = 0;
        boolean entryArchived = false;
        for (String line : output.split("\n")) {
            int at = line.indexOf("[class,load] io.portablefn.");
            if (at < 0) {
                continue;
            }
            boolean shared = line.contains("source: shared objects file");
            all++;
            archived += shared ? 1 : 0;
            entryArchived |= shared && line.contains(" " + variant.entryPoint + " ");
        }
        if (!entryArchived) {
            throw new IllegalStateException(jvm.name() + ": " + variant + " did not load " + variant.entryPoint
                    + " from its archive (" + archived + " of " + all + " portablefn classes were); the row would not"
                    + " measure what it says");
        }
        return new int[] {archived, all};
    }
}
