package io.portablefn.benchmarks.cold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs cold starts of several contenders interleaved: in round r every contender starts once,
 * beginning with contender r mod n, so each sees the same drift of this machine's load and
 * runs i of any two can be paired. One round first is thrown away (file cache, CPU frequency).
 */
public final class ColdStart {

    /** One contender: a name and how to start it once. */
    public record Contender(String name, Start start) {
    }

    /** One fresh-JVM start, returning milliseconds to the first response. */
    @FunctionalInterface
    public interface Start {
        double run() throws Exception;
    }

    private ColdStart() {
    }

    /** Milliseconds per contender, in run order (index i of each list is round i). */
    public static Map<String, List<Double>> interleaved(List<Contender> contenders, int rounds) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        contenders.forEach(c -> times.put(c.name(), new ArrayList<>()));
        for (int round = -1; round < rounds; round++) {
            int first = Math.floorMod(round, contenders.size());
            for (int i = 0; i < contenders.size(); i++) {
                Contender contender = contenders.get((first + i) % contenders.size());
                double millis = contender.start().run();
                if (round >= 0) {
                    times.get(contender.name()).add(millis);
                }
            }
            System.err.print(round < 0 ? "w" : ".");
        }
        System.err.println();
        return times;
    }
}
