package io.portablefn.testkit.fuzz;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A small seeded property runner for the provider decoders' fuzz tests: each try draws an input
 * from a {@link SplittableRandom} derived from one seed, so a run is the same on every machine
 * and a failure names the try and seed that reproduce it. The number of tries and the seed are
 * system properties, so a longer or different run needs no code change:
 * {@code -Dportablefn.fuzz.tries=20000 -Dportablefn.fuzz.seed=7} (docs/conformance.md, "Fuzzing").
 */
public final class Fuzz {

    /** Tries per property in the normal test run: enough to reach every branch, well under a second or two. */
    public static final int DEFAULT_TRIES = 300;
    public static final long DEFAULT_SEED = 20261206L;
    /** How long one call may take before the property fails as a hang. */
    public static final Duration HANG = Duration.ofSeconds(5);

    private Fuzz() {
    }

    /** A property over inputs drawn by {@code input}. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws Exception;
    }

    public static int tries() {
        return Integer.getInteger("portablefn.fuzz.tries", DEFAULT_TRIES);
    }

    public static long seed() {
        return Long.getLong("portablefn.fuzz.seed", DEFAULT_SEED);
    }

    /**
     * Checks {@code property} on {@link #tries()} inputs; the first failure is rethrown as an
     * AssertionError naming the try, the seed and the input ({@code describe} renders it).
     */
    public static <T> void forAll(Function<SplittableRandom, T> input, Function<T, String> describe,
            Property<T> property) {
        SplittableRandom root = new SplittableRandom(seed());
        int tries = tries();
        for (int i = 0; i < tries; i++) {
            T value = input.apply(root.split());
            try {
                within(HANG, () -> {
                    property.check(value);
                    return null;
                });
            } catch (Throwable failed) {
                AssertionError error = new AssertionError("fails on try " + (i + 1) + " of " + tries + " (seed "
                        + seed() + "), input: " + describe.apply(value) + ": " + failed, failed);
                throw error;
            }
        }
    }

    /** Runs {@code call}; fails as a hang if it takes longer than {@code limit}. */
    public static <T> T within(Duration limit, Callable<T> call) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-call");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> result = one.submit(call);
            try {
                return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException hung) {
                result.cancel(true);
                throw new AssertionError("the call did not return within " + limit);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof Exception e) {
                    throw e;
                }
                throw new AssertionError("the call failed with " + failed.getCause(), failed.getCause());
            }
        } finally {
            one.shutdownNow();
        }
    }
}
