package io.portablefn.benchmarks;

import io.portablefn.benchmarks.cold.ColdStart;
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
 * shows this machine's own noise (an A/A pair) next to the difference being measured. Each
 * contender also runs once under {@code -Xlog:class+load}, and the classes loaded are compared
 * by name. Run by {@code benchmarks/run-observer-cost.sh}, which builds the "before" jar.
 *
 * <p>Arguments: {@code --target DIR}, {@code --runtime-before JAR}, {@code --module-jars
 * PATH:PATH...} (the module and the OpenTelemetry API jars), {@code --rounds N} (default 20).
 */
public final class ObserverCost {

    private record Contender(String name, List<Path> classpath) {
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

        Map<String, List<Double>> times = ColdStart.interleaved(contenders.stream()
                .map(c -> new ColdStart.Contender(c.name(), () -> start(c.classpath(), List.of())))
                .toList(), rounds);
        Map<String, TreeSet<String>> loaded = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            loaded.put(contender.name(), classesLoaded(contender, work));
        }
        String report = report(contenders, times, loaded, rounds);
        Files.writeString(target.resolve("observer-cost.md"), report);
        System.out.println(report);
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

    /** One fresh JVM: milliseconds from process start to the handler's response. */
    private static double start(List<Path> classpath, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                DirectMain.class.getName(), "AWS", Variant.AWS_PORTABLE.entryPoint));
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESPONSE ")) {
                    double millis = (System.nanoTime() - begin) / 1e6;
                    if (!line.contains("Hello, Ada")) {
                        throw new IllegalStateException("No greeting: " + line + "\n" + seen);
                    }
                    return millis;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("Exited without a response:\n" + seen);
        } finally {
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    /** The names of the classes one start loads; lambda and hidden class names lose their addresses. */
    private static TreeSet<String> classesLoaded(Contender contender, Path work) throws Exception {
        Path log = work.resolve("class-load-" + contender.name().replaceAll("[^a-zA-Z]+", "-") + ".log");
        Files.deleteIfExists(log);
        start(contender.classpath(), List.of("-Xlog:class+load=info:file=" + log));
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

    private static String report(List<Contender> contenders, Map<String, List<Double>> times,
            Map<String, TreeSet<String>> loaded, int rounds) {
        String baseline = contenders.get(0).name();
        Table table = new Table("contender", "ms to first response", "vs before (paired)", "classes loaded",
                "classes not loaded before", "classes before not loaded");
        for (Contender contender : contenders) {
            TreeSet<String> added = new TreeSet<>(loaded.get(contender.name()));
            added.removeAll(loaded.get(baseline));
            TreeSet<String> missing = new TreeSet<>(loaded.get(baseline));
            missing.removeAll(loaded.get(contender.name()));
            table.row(contender.name(), Table.spread(times.get(contender.name()), 0),
                    Table.ratio(Stats.pairedRatio(times.get(contender.name()), times.get(baseline))),
                    loaded.get(contender.name()).size(), added.size(), missing.size());
        }
        StringBuilder md = new StringBuilder("Generated AWS greeting handler, called directly in a fresh JVM (JDK "
                + Runtime.version().feature() + "), " + rounds + " interleaved rounds, median (min-max):\n\n");
        md.append(table).append('\n');
        TreeSet<String> absent = new TreeSet<>(loaded.get(contenders.get(2).name()));
        absent.removeAll(loaded.get(baseline));
        md.append("Classes the hook loads without the module: ").append(absent.isEmpty() ? "none" : absent)
                .append(".\n");
        TreeSet<String> withModule = new TreeSet<>(loaded.get(contenders.get(3).name()));
        withModule.removeAll(loaded.get(baseline));
        md.append("Classes the module adds, by package: ").append(byPackage(withModule)).append(".\n");
        return md.toString();
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
