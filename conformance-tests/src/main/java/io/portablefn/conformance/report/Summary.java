package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseVerdict;
import io.portablefn.conformance.suite.Outcome;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The headline of a run, the same in the console, the reports and JUnit: cases passed and
 * failed, then every cell (case x target) counted by kind, so that a target that could not run,
 * a known gap or an excluded cell can never hide inside "passed"; and the targets the run's
 * selection left out.
 */
public final class Summary {

    private Summary() {
    }

    /**
     * @param results every case of the run
     * @param notSelected targets that exist but the run's selection left out ({@code portablefn.targets},
     *     {@code @Conformance(targets)}, {@code --targets}); none when every target ran
     */
    public static String of(List<? extends CaseVerdict> results, List<String> notSelected) {
        long passed = results.stream().filter(CaseVerdict::passed).count();
        Map<Verdict, Integer> cells = new EnumMap<>(Verdict.class);
        for (CaseVerdict result : results) {
            for (Outcome outcome : result.outcomes()) {
                cells.merge(outcome.verdict(), 1, Integer::sum);
            }
        }
        int failedCells = cells.entrySet().stream().filter(e -> e.getKey().fails()).mapToInt(Map.Entry::getValue).sum();
        int total = cells.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder().append(results.size()).append(" cases: ").append(passed)
                .append(" passed, ").append(results.size() - passed).append(" failed. ").append(total)
                .append(" cells: ").append(count(cells, Verdict.PASS)).append(" pass, ").append(failedCells)
                .append(" fail");
        if (failedCells > 0) {
            line.append(" (").append(count(cells, Verdict.FAIL)).append(" differ, ")
                    .append(count(cells, Verdict.CANNOT_RUN)).append(" cannot run, ")
                    .append(count(cells, Verdict.DIFFERENT_GAP)).append(" different gap, ")
                    .append(count(cells, Verdict.GAP_NOW_PASSES)).append(" gap now passes)");
        }
        line.append(", ").append(count(cells, Verdict.KNOWN_GAP)).append(" known gap, ")
                .append(count(cells, Verdict.EXCLUDED)).append(" excluded.");
        if (!notSelected.isEmpty()) {
            line.append(" Not selected by this run: ").append(String.join(", ", notSelected)).append('.');
        }
        return line.toString();
    }

    private static int count(Map<Verdict, Integer> cells, Verdict verdict) {
        return cells.getOrDefault(verdict, 0);
    }
}
