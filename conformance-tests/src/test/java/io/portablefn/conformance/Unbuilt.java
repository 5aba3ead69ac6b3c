package io.portablefn.conformance;

/**
 * A function class the processor never saw (no {@code @Function}), so no cloud has an entry
 * point for it: what a user's project looks like when one cloud's generator is missing.
 */
public class Unbuilt {
}
