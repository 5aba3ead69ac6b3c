package io.portablefn.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every target the cross-target test runs. */
final class AllTargets {

    private AllTargets() {
    }

    static List<Target> create() {
        List<Target> targets = new ArrayList<>();
        // Filled in as provider targets land.
        return targets;
    }
}
