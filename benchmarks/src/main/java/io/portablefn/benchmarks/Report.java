package io.portablefn.benchmarks;

import io.portablefn.benchmarks.cold.BodyCheck;
import io.portablefn.benchmarks.cold.Launcher;
import io.portablefn.benchmarks.cold.Layout;
import io.portablefn.benchmarks.cold.Variant;
import io.portablefn.benchmarks.warm.CpuTimeWarm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The results, as the Markdown that target/results.md and docs/performance.md hold. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final int rounds;
    private final int warmRounds;

    Report(int rounds, int warmRounds) {
        this.rounds = rounds;
        this.warmRounds = warmRounds;
    }

    void machine() throws IOException {
        md.append("## Results of ").append(LocalDate.now()).append("\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(cpuModel()).append("\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (children: same JVM, default options)\n");
        md.append("- Load average at start: ").append(loadAverage()).append("\n");
        md.append("- Cold starts: ").append(rounds).append(" rounds of fresh JVMs, contenders interleaved (rotating"
                + " order) after one discarded round; median (min-max) in ms; ratios are medians of per-round ratios.\n");
        md.append("- Warm: JMH 1.37, ").append(warmRounds).append(" rounds of one fork per benchmark, average time;"
                + " allocation from -prof gc (gc.alloc.rate.norm); median (min-max) over rounds.\n\n");
    }

    void cold(String title, Map<String, List<Double>> times, List<Variant> variants) {
        Variant baseline = variants.get(1);
        // AWS rows are stated against both hand-written Jackson handlers: the usual ObjectMapper
        // one, which binds and builds a node tree, and the plainest one, readTree only.
        boolean plain = variants.contains(Variant.AWS_READ_TREE);
        md.append("### Cold start: ").append(title).append("\n\n");
        Table table = plain
                ? new Table("variant", "ms to first response", "vs " + baseline.label + " (paired)",
                        "vs " + Variant.AWS_READ_TREE.label + " (paired)")
                : new Table("variant", "ms to first response", "vs " + baseline.label + " (paired)");
        for (Variant variant : variants) {
            List<Double> t = times.get(variant.name());
            String vsFirst = Table.ratio(Stats.pairedRatio(t, times.get(baseline.name())));
            if (plain) {
                table.row(variant.label, Table.spread(t, 0), vsFirst,
                        Table.ratio(Stats.pairedRatio(t, times.get(Variant.AWS_READ_TREE.name()))));
            } else {
                table.row(variant.label, Table.spread(t, 0), vsFirst);
            }
        }
        md.append(table);
        if (times.containsKey(Variant.AWS_SPRING.name())) {
            List<Double> portable = times.get(Variant.AWS_PORTABLE.name());
            md.append("\nportablefn vs the streaming floor: ")
                    .append(Table.ratio(Stats.pairedRatio(portable, times.get(Variant.AWS_STREAMING.name()))))
                    .append("; Spring Cloud Function vs portablefn: ")
                    .append(Table.ratio(Stats.pairedRatio(times.get(Variant.AWS_SPRING.name()), portable)))
                    .append(" slower.\n");
        }
        md.append('\n');
    }

    /**
     * Record, POJO and Map bodies: each portablefn variant against the hand-written handler binding
     * the same type ({@code variants} in pairs: portablefn, hand-written), with each direct start's
     * phases when {@code phases} holds them (null for the real runtimes).
     */
    void bodies(String title, Map<String, List<Double>> times, List<Variant> variants, Launcher phases) {
        md.append("### Cold start by body type: ").append(title).append("\n\n");
        Table table = phases == null
                ? new Table("body", "portablefn ms", "hand-written ObjectMapper ms", "portablefn / hand-written (paired)")
                : new Table("body", "portablefn ms", "hand-written ObjectMapper ms", "portablefn / hand-written (paired)",
                        "init ms (portablefn / hand)", "first call ms (portablefn / hand)");
        for (int i = 0; i < variants.size(); i += 2) {
            Variant portable = variants.get(i);
            Variant hand = variants.get(i + 1);
            List<Double> p = times.get(portable.name());
            List<Double> h = times.get(hand.name());
            String ratio = Table.ratio(Stats.pairedRatio(p, h));
            if (phases == null) {
                table.row(portable.body.label, Table.spread(p, 0), Table.spread(h, 0), ratio);
            } else {
                table.row(portable.body.label, Table.spread(p, 0), Table.spread(h, 0), ratio,
                        phase(phases, portable, 0) + " / " + phase(phases, hand, 0),
                        phase(phases, portable, 1) + " / " + phase(phases, hand, 1));
            }
        }
        md.append(table).append('\n');
    }

    private static String phase(Launcher launcher, Variant variant, int which) {
        List<Double> ms = launcher.phases(variant).stream().map(p -> p[which]).toList();
        return ms.isEmpty() ? "-" : Table.f("%.0f", Stats.median(ms));
    }

    /** What one direct start of each variant loaded ({@code -Xlog:class+load}), checked by {@code BodyCheck}. */
    void classesLoaded(Map<Variant, BodyCheck.Loaded> loaded) {
        md.append("### Classes loaded by one direct start (checked: each variant binds its body type;"
                + " portablefn's take the fast path and load no databind class)\n\n");
        Table table = new Table("variant", "cloud", "body", "classes loaded", "jackson-databind", "portablefn");
        loaded.forEach((variant, count) -> table.row(variant.label, variant.kind, variant.body.label, count.all(),
                count.databind(), count.portablefn()));
        md.append(table).append('\n');
    }

    /** Warm AWS calls by body type in the calling thread's CPU time and allocation, paired by block. */
    void cpuTimeWarm(Map<Variant.Body, CpuTimeWarm.Blocks> blocks) {
        md.append("### Warm call: AWS Lambda by body type, CPU time of the calling thread (blocks of 2,000 calls,"
                + " generated and hand-written ObjectMapper alternating)\n\n");
        Table table = new Table("body", "generated us CPU/call", "hand-written us CPU/call", "time (paired)",
                "generated bytes/call", "hand-written bytes/call", "allocation (paired)");
        blocks.forEach((body, b) -> table.row(body.label, Table.spread(micros(b.generatedNanos()), 2),
                Table.spread(micros(b.handNanos()), 2), Table.ratio(Stats.pairedRatio(b.generatedNanos(), b.handNanos())),
                Table.f("%.0f", Stats.median(b.generatedBytes())), Table.f("%.0f", Stats.median(b.handBytes())),
                Table.ratio(Stats.pairedRatio(b.generatedBytes(), b.handBytes()))));
        md.append(table).append('\n');
    }

    private static List<Double> micros(List<Double> nanos) {
        return nanos.stream().map(n -> n / 1000).toList();
    }

    void sizes(Layout layout) throws IOException {
        md.append("### Lambda deployment package (zip: classes at the root, dependencies in lib/)\n\n");
        Path baseline = layout.lambdaZip(Variant.AWS_OBJECT_MAPPER);
        Table table = new Table("variant", "zip size", "vs hand-written, ObjectMapper");
        for (Variant variant : List.of(Variant.AWS_PORTABLE, Variant.AWS_OBJECT_MAPPER, Variant.AWS_READ_TREE,
                Variant.AWS_STREAMING, Variant.AWS_SPRING)) {
            Path zip = layout.lambdaZip(variant);
            table.row(variant.label, Table.f("%.2f MB", Files.size(zip) / 1e6),
                    Table.ratio((double) Files.size(zip) / Files.size(baseline)));
        }
        md.append(table).append('\n');
    }

    void jvmOptions(JvmOptions.Result result) {
        Map<String, List<Double>> times = result.times();
        md.append("### What the JVM adds (AWS handler called directly, fresh JVM)\n\n");
        Set<String> configs = new LinkedHashSet<>();
        times.keySet().forEach(key -> configs.add(key.substring(key.indexOf('|') + 1)));
        String p = Variant.AWS_PORTABLE.name() + "|";
        String h = Variant.AWS_OBJECT_MAPPER.name() + "|";
        String first = configs.iterator().next();
        Table table = new Table("JVM", "portablefn ms", "vs JDK 17 defaults", "hand-written ObjectMapper ms",
                "portablefn / hand-written (paired)");
        for (String config : configs) {
            List<Double> portable = times.get(p + config);
            table.row(config, Table.spread(portable, 0), Table.ratio(Stats.pairedRatio(portable, times.get(p + first))),
                    Table.spread(times.get(h + config), 0),
                    Table.ratio(Stats.pairedRatio(portable, times.get(h + config))));
        }
        md.append(table).append('\n');
        md.append("Archives checked before timing (`-Xlog:class+load`; timed with `-Xshare:on` or `-XX:AOTMode=on`,"
                + " so a start that cannot map its archive fails):\n\n");
        result.archives().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n');
    }

    void warm(String title, WarmRunner.Warm warm, String... baselines) {
        md.append("### Warm call: ").append(title).append("\n\n");
        List<String> header = new java.util.ArrayList<>(List.of("benchmark", "us/call"));
        for (String baseline : baselines) {
            header.add("time vs " + baseline);
        }
        header.add("bytes/call");
        for (String baseline : baselines) {
            header.add("allocation vs " + baseline);
        }
        Table table = new Table(header.toArray(String[]::new));
        for (String name : warm.micros().keySet()) {
            List<Double> us = warm.micros().get(name);
            List<Double> bytes = warm.bytes().get(name);
            List<String> row = new java.util.ArrayList<>(List.of(name, Table.spread(us, 2)));
            for (String baseline : baselines) {
                row.add(Table.ratio(Stats.pairedRatio(us, warm.micros().get(against(name, baseline)))));
            }
            row.add(Table.f("%.0f", Stats.median(bytes)));
            for (String baseline : baselines) {
                row.add(Table.ratio(Stats.pairedRatio(bytes, warm.bytes().get(against(name, baseline)))));
            }
            table.row(row.toArray());
        }
        md.append(table).append('\n');
    }

    /** A parameterised benchmark is compared with the baseline run on the same parameters. */
    private static String against(String name, String baseline) {
        return name.contains(" (") ? baseline + name.substring(name.indexOf(" (")) : baseline;
    }

    /** Warm calls timed from a client (no allocation figures: the function runs in another process). */
    void warmOverHttp(String title, Map<String, List<Double>> micros, String baseline, List<Variant> variants) {
        md.append("### Warm call: ").append(title).append("\n\n");
        Table table = new Table("variant", "us/request", "vs " + baseline.toLowerCase().replace('_', ' ') + " (paired)");
        for (Variant variant : variants) {
            List<Double> us = micros.get(variant.name());
            table.row(variant.label, Table.spread(us, 1), Table.ratio(Stats.pairedRatio(us, micros.get(baseline))));
        }
        md.append(table).append('\n');
    }

    void notes() throws IOException {
        md.append("Load average at end: ").append(loadAverage()).append(".\n");
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return "CPU unknown";
        }
        return Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("CPU unknown");
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).strip() : "unknown";
    }

    @Override
    public String toString() {
        return md.toString();
    }
}
