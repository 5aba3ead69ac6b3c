package io.portablefn.benchmarks.warm;

import com.google.cloud.functions.HttpFunction;
import io.portablefn.benchmarks.greet.Greet_GcpFunction;
import io.portablefn.benchmarks.hand.GreetHttpFunction;
import io.portablefn.benchmarks.inputs.GcpInputs;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
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
 * One warm call of a Cloud Functions {@code HttpFunction}, in process: the request and response
 * objects are what java-function-invoker hands the function once Jetty has read the request,
 * so this measures the function's side only; the invoker's own HTTP work is the same for both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GcpWarm {

    private final HttpFunction generated = new Greet_GcpFunction();
    private final HttpFunction hand = new GreetHttpFunction();
    private final InvokerRequest request = GcpInputs.request();
    private final InvokerResponse response = new InvokerResponse();

    @Benchmark
    public int generated() throws Exception {
        generated.service(request, response.reset());
        return response.status();
    }

    @Benchmark
    public int handWritten() throws Exception {
        hand.service(request, response.reset());
        return response.status();
    }
}
