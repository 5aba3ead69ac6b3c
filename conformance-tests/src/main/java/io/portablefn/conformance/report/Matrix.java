package io.portablefn.conformance.report;

import io.portablefn.conformance.suite.CaseVerdict;
import java.util.List;

/**
 * One matrix of a report: a heading (empty for a report of one matrix), the target columns, and
 * a row per case. A run has an HTTP matrix and, when it has event cases, an event matrix, since
 * the two kinds run on different targets.
 */
record Matrix(String heading, List<String> targets, List<? extends CaseVerdict> results) {

    Matrix {
        targets = List.copyOf(targets);
        results = List.copyOf(results);
    }

    /** The matrices worth showing: the HTTP one unless only events ran, and the event one when events ran. */
    static List<Matrix> of(List<String> targets, List<? extends CaseVerdict> results, List<String> eventTargets,
            List<? extends CaseVerdict> eventResults) {
        if (eventResults.isEmpty()) {
            return List.of(new Matrix("", targets, results));
        }
        Matrix events = new Matrix("Event triggers", eventTargets, eventResults);
        return results.isEmpty() ? List.of(events) : List.of(new Matrix("HTTP", targets, results), events);
    }
}
