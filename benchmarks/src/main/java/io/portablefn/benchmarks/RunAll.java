package io.portablefn.benchmarks;

import io.portablefn.benchmarks.cold.BodyCheck;
import io.portablefn.benchmarks.cold.ColdStart;
import io.portablefn.benchmarks.cold.Jvm;
import io.portablefn.benchmarks.cold.Launcher;
import io.portablefn.benchmarks.cold.Layout;
import io.portablefn.benchmarks.cold.Variant;
import io.portablefn.benchmarks.warm.AwsWarm;
import io.portablefn.benchmarks.warm.AzureWarm;
import io.portablefn.benchmarks.warm.BodiesWarm;
import io.portablefn.benchmarks.warm.CpuTimeWarm;
import io.portablefn.benchmarks.warm.GcpWarm;
import io.portablefn.benchmarks.warm.InvokerWarm;
import io.portablefn.benchmarks.warm.KinesisWarm;
import io.portablefn.benchmarks.warm.SqsWarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every benchmark and writes {@code target/results.md}: cold starts (direct and through the
 * real runtimes), warm time and allocation (JMH), Lambda zip sizes, and what JVM options add.
 *
 * <p>Arguments: {@code --target DIR} (the module's target directory), {@code --rounds N}
 * (cold-start rounds, default 12), {@code --warm-rounds N} (JMH forks per benchmark, default 5),
 * {@code --jdk25 DIR} (a JDK 25 home for the AOT cache; skipped when absent), {@code --quick}
 * (one round of each, for a smoke run of a few seconds per section), {@code --bodies-only} (only
 * the cold starts by body type: record, POJO and Map bodies against their hand-written handlers).
 */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target");
        int rounds = 12;
        int warmRounds = 5;
        int warmSeconds = 3;
        int measureSeconds = 5;
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        boolean skipWarm = false;
        boolean quick = false;
        boolean bodiesOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> target = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warm-rounds" -> warmRounds = Integer.parseInt(args[++i]);
                case "--jdk25" -> jdk25 = Path.of(args[++i]);
                case "--skip-warm" -> skipWarm = true;
                case "--bodies-only" -> bodiesOnly = true;
                case "--quick" -> {
                    quick = true;
                    rounds = 1;
                    warmRounds = 1;
                    warmSeconds = 1;
                    measureSeconds = 1;
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --target DIR, --rounds N, --warm-rounds N, --jdk25 DIR, --skip-warm, --bodies-only or --quick.");
            }
        }
        Path work = target.resolve("bench");
        Files.createDirectories(work);
        Layout layout = new Layout(target.resolve("classpath.txt"), target.resolve("classes"), work);
        Launcher launcher = new Launcher(layout, work);
        Report report = new Report(rounds, warmRounds);
        report.machine();

        Jvm jvm = Jvm.current();
        bodies(launcher, report, jvm, rounds);
        if (!skipWarm) {
            report.warm("AWS Lambda by body type (generated handler against the hand-written ObjectMapper one binding"
                    + " the same type)", new WarmRunner(warmRounds, warmSeconds, measureSeconds).run(BodiesWarm.class),
                    "handObjectMapper");
            Map<Variant.Body, CpuTimeWarm.Blocks> cpu = new java.util.EnumMap<>(Variant.Body.class);
            for (Variant.Body body : Variant.Body.values()) {
                cpu.put(body, CpuTimeWarm.run(body, quick ? 2_000 : 50_000, quick ? 4 : 40, 2_000));
            }
            report.cpuTimeWarm(cpu);
        }
        if (bodiesOnly) {
            write(target, report);
            return;
        }
        List<Variant> aws = List.of(Variant.AWS_PORTABLE, Variant.AWS_OBJECT_MAPPER, Variant.AWS_READ_TREE,
                Variant.AWS_STREAMING, Variant.AWS_SPRING);
        report.cold("AWS Lambda, handler called directly (fresh JVM, one HTTP API 2.0 event)",
                cold(launcher, aws, Launcher.Mode.DIRECT, jvm, rounds), aws);
        report.cold("AWS Lambda, through the runtime interface client 2.9.0 and a Runtime API emulator",
                cold(launcher, aws, Launcher.Mode.RUNTIME, jvm, rounds), aws);
        List<Variant> gcp = List.of(Variant.GCP_PORTABLE, Variant.GCP_HAND);
        report.cold("Google Cloud Functions, HttpFunction called directly",
                cold(launcher, gcp, Launcher.Mode.DIRECT, jvm, rounds), gcp);
        report.cold("Google Cloud Functions, on java-function-invoker 1.4.1 (process start to first HTTP response)",
                cold(launcher, gcp, Launcher.Mode.RUNTIME, jvm, rounds), gcp);
        List<Variant> azure = List.of(Variant.AZURE_PORTABLE, Variant.AZURE_HAND);
        report.cold("Azure Functions, @FunctionName method called directly (no worker: not a target)",
                cold(launcher, azure, Launcher.Mode.DIRECT, jvm, rounds), azure);

        report.sizes(layout);
        report.jvmOptions(JvmOptions.run(launcher, jvm, jdk25, work, rounds));

        if (!skipWarm) {
            WarmRunner warm = new WarmRunner(warmRounds, warmSeconds, measureSeconds);
            report.warm("AWS Lambda", warm.run(AwsWarm.class), "handObjectMapper", "handReadTree");
            report.warm("AWS Lambda, an SQS batch of 10 messages (divide by 10 for one message)",
                    warm.run(SqsWarm.class), "handObjectMapper");
            report.warm("AWS Lambda, a Kinesis batch of 100 records (divide by 100 for one record)",
                    warm.run(KinesisWarm.class), "handObjectMapper");
            report.warm("Google Cloud Functions (in process)", warm.run(GcpWarm.class), "handWritten");
            report.warm("Azure Functions (in process)", warm.run(AzureWarm.class), "handWritten");
            report.warmOverHttp("Google Cloud Functions on java-function-invoker 1.4.1 (loopback HTTP, keep-alive)",
                    new InvokerWarm(launcher, warmRounds * 2, quick ? 500 : 5_000).run(gcp, jvm),
                    Variant.GCP_HAND.name(), gcp);
        }
        write(target, report);
    }

    private static void write(Path target, Report report) throws Exception {
        report.notes();
        Path results = target.resolve("results.md");
        Files.writeString(results, report.toString());
        System.out.println(report);
        System.err.println("Wrote " + results.toAbsolutePath());
    }

    /**
     * Cold starts by body type, per cloud: record, POJO and Map bodies, each portablefn variant
     * against the hand-written ObjectMapper handler binding the same type, all six interleaved in
     * one run. Every variant is first checked ({@link BodyCheck}) to bind what its row says.
     */
    private static void bodies(Launcher launcher, Report report, Jvm jvm, int rounds) throws Exception {
        List<Variant> aws = List.of(Variant.AWS_PORTABLE, Variant.AWS_OBJECT_MAPPER, Variant.AWS_PORTABLE_POJO,
                Variant.AWS_OBJECT_MAPPER_POJO, Variant.AWS_PORTABLE_MAP, Variant.AWS_OBJECT_MAPPER_MAP);
        List<Variant> gcp = List.of(Variant.GCP_PORTABLE, Variant.GCP_HAND, Variant.GCP_PORTABLE_POJO,
                Variant.GCP_HAND_POJO, Variant.GCP_PORTABLE_MAP, Variant.GCP_HAND_MAP);
        List<Variant> azure = List.of(Variant.AZURE_PORTABLE, Variant.AZURE_HAND, Variant.AZURE_PORTABLE_POJO,
                Variant.AZURE_HAND_POJO, Variant.AZURE_PORTABLE_MAP, Variant.AZURE_HAND_MAP);
        Map<Variant, BodyCheck.Loaded> loaded = new java.util.LinkedHashMap<>();
        for (List<Variant> cloud : List.of(aws, gcp, azure)) {
            for (Variant variant : cloud) {
                loaded.put(variant, BodyCheck.check(launcher, variant, jvm));
            }
        }
        report.classesLoaded(loaded);
        launcher.clearPhases();
        report.bodies("AWS Lambda, handler called directly", cold(launcher, aws, Launcher.Mode.DIRECT, jvm, rounds),
                aws, launcher);
        report.bodies("AWS Lambda, through the runtime interface client 2.9.0 and a Runtime API emulator",
                cold(launcher, aws, Launcher.Mode.RUNTIME, jvm, rounds), aws, null);
        report.bodies("Google Cloud Functions, HttpFunction called directly",
                cold(launcher, gcp, Launcher.Mode.DIRECT, jvm, rounds), gcp, launcher);
        report.bodies("Google Cloud Functions, on java-function-invoker 1.4.1",
                cold(launcher, gcp, Launcher.Mode.RUNTIME, jvm, rounds), gcp, null);
        report.bodies("Azure Functions, @FunctionName method called directly",
                cold(launcher, azure, Launcher.Mode.DIRECT, jvm, rounds), azure, launcher);
    }

    static Map<String, List<Double>> cold(Launcher launcher, List<Variant> variants, Launcher.Mode mode, Jvm jvm,
            int rounds) throws Exception {
        List<ColdStart.Contender> contenders = new ArrayList<>();
        for (Variant variant : variants) {
            contenders.add(new ColdStart.Contender(variant.name(), () -> launcher.coldStart(variant, mode, jvm)));
        }
        System.err.print(mode + " " + variants + " ");
        return ColdStart.interleaved(contenders, rounds);
    }
}
