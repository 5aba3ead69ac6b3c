package io.portablefn.benchmarks.warm;

import io.portablefn.benchmarks.greet.Greet_AzureFunction;
import io.portablefn.benchmarks.hand.GreetAzureFunction;
import io.portablefn.benchmarks.inputs.AzureInputs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One warm call of an Azure {@code @FunctionName} method, in process, with the request the
 * Java worker builds (URL parsed, body a String) and its response builder. The host's gRPC hop
 * is the same for both and not measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AzureWarm {

    private final Greet_AzureFunction generated = new Greet_AzureFunction();
    private final GreetAzureFunction hand = new GreetAzureFunction();

    @Benchmark
    public Object generated() {
        return generated.run(AzureInputs.request(), AzureInputs.CONTEXT);
    }

    @Benchmark
    public Object handWritten() {
        return hand.run(AzureInputs.request(), AzureInputs.CONTEXT);
    }

    /** Hand-written, reading its path to route exactly as the contract says (see docs/performance.md). */
    @Benchmark
    public Object handWrittenExactRoute() {
        return hand.runExactRoute(AzureInputs.request(), AzureInputs.CONTEXT);
    }
}
