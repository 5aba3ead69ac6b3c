package io.portablefn.conformance;

import java.util.Map;

/**
 * Where a target cannot keep the contract, and why: a cause outside portablefn's reach, each
 * documented in docs/mapping.md. A listed gap that starts passing fails the build, so the list
 * cannot go stale.
 */
final class KnownGaps {

    private static final Map<String, Map<String, String>> GAPS = Map.of();

    private KnownGaps() {
    }

    /** The cause, or null when the target must pass the case. */
    static String cause(String target, String caseName) {
        return GAPS.getOrDefault(target, Map.of()).get(caseName);
    }
}
