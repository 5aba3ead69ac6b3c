package io.portablefn.benchmarks;

import io.portablefn.benchmarks.cold.Archives;
import io.portablefn.benchmarks.cold.ColdStart;
import io.portablefn.benchmarks.cold.Jvm;
import io.portablefn.benchmarks.cold.Launcher;
import io.portablefn.benchmarks.cold.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the JVM adds on top, for the generated AWS handler and the hand-written ObjectMapper one
 * (direct cold start): C1 only, AppCDS (JDK 17, a dynamic archive from one training run), and
 * JDK 25 with and without its AOT cache (JEP 483/514, one training run). Each archive is made
 * for its own variant's classpath, as a deployment would make it, and a row fails when its JVM
 * did not load the function from the archive.
 */
final class JvmOptions {

    static final List<Variant> VARIANTS = List.of(Variant.AWS_PORTABLE, Variant.AWS_OBJECT_MAPPER);

    private JvmOptions() {
    }

    /**
     * The timed starts, keyed "VARIANT|configuration" in configuration order, and one line per
     * archive saying how many of the variant's classes it supplied (checked before timing).
     */
    record Result(Map<String, List<Double>> times, List<String> archives) {
    }

    static Result run(Launcher launcher, Jvm jdk17, Path jdk25Home, Path work, int rounds) throws Exception {
        List<ColdStart.Contender> contenders = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        Archives archives = new Archives(launcher);
        boolean has25 = Files.isExecutable(jdk25Home.resolve("bin/java"));
        for (Variant variant : VARIANTS) {
            String v = variant.name().toLowerCase();
            List<Jvm> jvms = new ArrayList<>();
            jvms.add(jdk17);
            jvms.add(jdk17.with("JDK 17, -XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=1"));
            Path cds = work.resolve("appcds-" + v + ".jsa");
            Files.deleteIfExists(cds);
            archives.train(variant, jdk17.with("train", "-XX:ArchiveClassesAtExit=" + cds), cds);
            // -Xshare:on: a JVM that cannot map the archive refuses to start instead of timing
            // a start without it.
            jvms.add(checked(archives, variant, checks,
                    jdk17.with("JDK 17, AppCDS (dynamic archive)", "-Xshare:on", "-XX:SharedArchiveFile=" + cds)));
            if (has25) {
                Jvm jdk25 = new Jvm("JDK 25, defaults", jdk25Home, List.of());
                Path aot = work.resolve("aot-" + v + ".aot");
                Files.deleteIfExists(aot);
                archives.train(variant, jdk25.with("train", "-XX:AOTCacheOutput=" + aot), aot);
                jvms.add(jdk25);
                // -XX:AOTMode=on: likewise, no start without the cache.
                jvms.add(checked(archives, variant, checks,
                        jdk25.with("JDK 25, AOT cache", "-XX:AOTMode=on", "-XX:AOTCache=" + aot)));
            }
            for (Jvm jvm : jvms) {
                contenders.add(new ColdStart.Contender(variant.name() + "|" + jvm.name(),
                        () -> launcher.coldStart(variant, Launcher.Mode.DIRECT, jvm)));
            }
        }
        System.err.print("JVM options ");
        return new Result(new LinkedHashMap<>(ColdStart.interleaved(contenders, rounds)), checks);
    }

    private static Jvm checked(Archives archives, Variant variant, List<String> checks, Jvm jvm) throws Exception {
        int[] loaded = archives.archivedClasses(variant, jvm);
        checks.add(variant.label + ", " + jvm.name() + ": " + loaded[0] + " of " + loaded[1]
                + " portablefn and function classes loaded from the archive");
        return jvm;
    }
}
