package io.portablefn.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one JMH benchmark class in rounds of one fork per benchmark, so that round i of every
 * benchmark ran close together in time and can be paired; keeps time per call (us) and
 * allocation per call (bytes, from {@code -prof gc}).
 */
final class WarmRunner {

    /** Per benchmark method: microseconds and bytes per call, one entry per round. */
    record Warm(Map<String, List<Double>> micros, Map<String, List<Double>> bytes) {
    }

    private final int rounds;
    private final int warmupSeconds;
    private final int measureSeconds;

    WarmRunner(int rounds, int warmupSeconds, int measureSeconds) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
    }

    Warm run(Class<?> benchmark) throws Exception {
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        Map<String, List<Double>> bytes = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                    .forks(1)
                    .warmupIterations(warmupSeconds).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(measureSeconds).measurementTime(TimeValue.seconds(1))
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(true);
            for (RunResult result : new Runner(options.build()).run()) {
                String name = result.getParams().getBenchmark();
                name = name.substring(name.lastIndexOf('.') + 1);
                for (String key : result.getParams().getParamsKeys()) {
                    name += " (" + key + " " + result.getParams().getParam(key) + ")";
                }
                micros.computeIfAbsent(name, n -> new ArrayList<>()).add(result.getPrimaryResult().getScore());
                Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
                bytes.computeIfAbsent(name, n -> new ArrayList<>()).add(alloc == null ? Double.NaN : alloc.getScore());
            }
        }
        return new Warm(micros, bytes);
    }
}
