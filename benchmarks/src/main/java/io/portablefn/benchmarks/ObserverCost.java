package io.portablefn.benchmarks;

import io.portablefn.benchmarks.cold.DirectMain;
import io.portablefn.benchmarks.cold.Layout;
import io.portablefn.benchmarks.cold.Variant;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What the invocation hook (#17) costs at cold start: the generated AWS greeting handler called
 * directly in fresh JVMs, on the runtime jar built from the commit before the hook ("before"),
 * on today's runtime without the opentelemetry module ("after"), and with the module and the
 * OpenTelemetry API deployed beside it. "before" runs twice, as two contenders, so the table
 * shows this machine's own noise (an A/A pair) next to the difference being measured. Each start
 * is timed to its response and by the CPU time the child used; each contender then starts
 * {@value LoadedClasses#STARTS} more times under {@code -Xlog:class+load}, and the classes loaded
 * are compared by name. Run by {@code benchmarks/run-observer-cost.sh}, which builds the
 * "before" jar; docs/performance.md, "The invocation hook and the OpenTelemetry module".
 *
 * <p>Arguments: {@code --target DIR}, {@code --runtime-before JAR}, {@code --module-jars
 * PATH:PATH...} (the module and the OpenTelemetry API jars), {@code --rounds N} (default 20).
 */
public final class ObserverCost {

    /** One way of deploying the handler: a name and the child JVM's classpath. */
    record Contender(String name, List<Path> classpath) {
    }

    private ObserverCost() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target");
        Path before = null;
        List<Path> module = new ArrayList<>();
        int rounds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> target = Path.of(args[++i]);
                case "--runtime-before" -> before = Path.of(args[++i]);
                case "--module-jars" -> {
                    for (String jar : args[++i].split(File.pathSeparator)) {
                        module.add(Path.of(jar));
                    }
                }
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --target DIR, --runtime-before JAR, --module-jars PATH:PATH or --rounds N.");
            }
        }
        if (before == null || module.isEmpty()) {
            throw new IllegalArgumentException("--runtime-before and --module-jars are required;"
                    + " benchmarks/run-observer-cost.sh passes both");
        }
        Path work = target.resolve("bench");
        Layout layout = new Layout(target.resolve("classpath.txt"), target.resolve("classes"), work);
        List<Path> after = childClasspath(layout);
        List<Path> withModule = new ArrayList<>(after);
        withModule.addAll(module);
        List<Contender> contenders = List.of(
                new Contender("before the hook", swapRuntime(after, before)),
                new Contender("before the hook, again (A/A)", swapRuntime(after, before)),
                new Contender("hook, module absent", after),
                new Contender("hook + portablefn-opentelemetry + API (no SDK: no-op)", withModule));

        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        measure(contenders, rounds, wall, cpu);
        Map<String, LoadedClasses> loaded = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            loaded.put(contender.name(), LoadedClasses.of(contender, work));
        }
        String report = report(contenders, wall, cpu, loaded, rounds);
        Files.writeString(target.resolve("observer-cost.md"), report);
        System.out.println(report);
    }

    /**
     * In round r every contender starts once, beginning with contender r mod n, so each sees the
     * same drift of the machine's load and runs i of any two can be paired; round -1 warms the
     * file cache and is thrown away.
     */
    private static void measure(List<Contender> contenders, int rounds, Map<String, List<Double>> wall,
            Map<String, List<Double>> cpu) throws Exception {
        contenders.forEach(c -> {
            wall.put(c.name(), new ArrayList<>());
            cpu.put(c.name(), new ArrayList<>());
        });
        for (int round = -1; round < rounds; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                Contender contender = contenders.get(Math.floorMod(round + i, contenders.size()));
                double[] sample = start(contender.classpath(), List.of());
                if (round >= 0) {
                    wall.get(contender.name()).add(sample[0]);
                    cpu.get(contender.name()).add(sample[1]);
                }
            }
            System.err.print(round < 0 ? "w" : ".");
        }
        System.err.println();
    }

    /** What a direct cold start of the generated greeting handler puts on the child's classpath. */
    private static List<Path> childClasspath(Layout layout) throws Exception {
        List<Path> cp = new ArrayList<>(List.of(layout.harnessJar()));
        cp.addAll(layout.jars(List.of("portablefn-testkit-")));
        cp.addAll(layout.deployment(Variant.AWS_PORTABLE));
        cp.addAll(layout.jars(List.of("aws-lambda-java-core-")));
        return cp;
    }

    private static List<Path> swapRuntime(List<Path> classpath, Path runtime) {
        List<Path> swapped = new ArrayList<>();
        for (Path path : classpath) {
            swapped.add(path.getFileName().toString().startsWith("portablefn-runtime-") ? runtime : path);
        }
        if (!swapped.contains(runtime)) {
            throw new IllegalStateException("No portablefn-runtime jar on " + classpath);
        }
        return swapped;
    }

    /**
     * One fresh JVM: milliseconds from process start to the handler's response, and the CPU
     * milliseconds the child used in all (all its threads, user and system, from its rusage as
     * bash's {@code times} reports it), which this machine's load disturbs far less than the
     * wall clock. bash starts the child for every contender alike.
     */
    static double[] start(List<Path> classpath, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$@\"; times", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                DirectMain.class.getName(), "AWS", Variant.AWS_PORTABLE.entryPoint));
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            double millis = -1;
            String last = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (millis < 0 && line.startsWith("RESPONSE ")) {
                    millis = (System.nanoTime() - begin) / 1e6;
                    if (!line.contains("Hello, Ada")) {
                        throw new IllegalStateException("No greeting: " + line + "\n" + seen);
                    }
                }
                seen.append(line).append('\n');
                last = line;
            }
            if (millis < 0) {
                throw new IllegalStateException("Exited without a response:\n" + seen);
            }
            return new double[] {millis, childCpuMillis(last)};
        } finally {
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    /** bash's {@code times} line for its children, "0m0.150s 0m0.030s" (user, system), in ms. */
    private static double childCpuMillis(String line) {
        double total = 0;
        for (String part : line.strip().split("\\s+")) {
            int m = part.indexOf('m');
            total += Double.parseDouble(part.substring(0, m)) * 60_000
                    + Double.parseDouble(part.substring(m + 1, part.length() - 1)) * 1000;
        }
        return total;
    }

    private static String report(List<Contender> contenders, Map<String, List<Double>> wall,
            Map<String, List<Double>> cpu, Map<String, LoadedClasses> loaded, int rounds) {
        String baseline = contenders.get(0).name();
        LoadedClasses before = loaded.get(baseline);
        Table table = new Table("contender", "ms to first response", "vs before (paired)",
                "CPU ms, whole run", "vs before (paired)", "classes loaded (every start)",
                "not loaded before", "loaded before, not here");
        for (Contender contender : contenders) {
            String name = contender.name();
            LoadedClasses these = loaded.get(name);
            table.row(name, Table.spread(wall.get(name), 0),
                    Table.ratio(Stats.pairedRatio(wall.get(name), wall.get(baseline))),
                    Table.spread(cpu.get(name), 0), Table.ratio(Stats.pairedRatio(cpu.get(name), cpu.get(baseline))),
                    these.always().size(), these.beyond(before).size(), before.beyond(these).size());
        }
        StringBuilder md = new StringBuilder("Generated AWS greeting handler, called directly in a fresh JVM (JDK "
                + Runtime.version().feature() + "), " + rounds + " interleaved rounds, median (min-max); classes from "
                + LoadedClasses.STARTS + " starts of each under -Xlog:class+load, counting those every start loaded:\n\n");
        md.append(table).append('\n');
        md.append("Classes the hook loads without the module: ")
                .append(orNone(loaded.get(contenders.get(2).name()).beyond(before))).append(".\n");
        md.append("Classes the module adds, by package: ")
                .append(byPackage(loaded.get(contenders.get(3).name()).beyond(before))).append(".\n");
        TreeSet<String> varying = new TreeSet<>();
        loaded.values().forEach(l -> varying.addAll(l.sometimes()));
        md.append("Loaded by some starts of a contender only (timing: the deadline watchdog's first tick): ")
                .append(orNone(varying)).append(".\n");
        return md.toString();
    }

    private static String orNone(TreeSet<String> names) {
        return names.isEmpty() ? "none" : names.toString();
    }

    private static Map<String, Integer> byPackage(TreeSet<String> classes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : classes) {
            int dot = name.lastIndexOf('.');
            counts.merge(dot < 0 ? "" : name.substring(0, dot), 1, Integer::sum);
        }
        return counts;
    }
}
