package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.hand.SqsObjectMapperLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
import io.portablefn.benchmarks.inputs.SqsInputs;
import io.portablefn.benchmarks.orders.PlaceOrder_AwsHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One warm Lambda invocation with an SQS batch of ten order messages, from the
 * event's bytes to the partial batch response's bytes: the generated handler against a
 * hand-written one with a static ObjectMapper. Per-message cost is the batch's divided by ten.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SqsWarm {

    /**
     * "none": ten good orders (the per-message cost); "one": the fourth is poison, which portablefn
     * logs with its stack trace as the contract says, while the hand-written handler only reports it.
     */
    @Param({"none", "one"})
    public String poison;

    private byte[] batch;
    private final Context context = AwsInputs.context();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final RequestStreamHandler generated = new PlaceOrder_AwsHandler();
    private final RequestStreamHandler hand = new SqsObjectMapperLambda();

    @Setup
    public void setUp() {
        batch = SqsInputs.batch(poison.equals("one"));
    }

    private int invoke(RequestStreamHandler handler) throws IOException {
        out.reset();
        handler.handleRequest(new ByteArrayInputStream(batch), out, context);
        return out.size();
    }

    @Benchmark
    public int generated() throws IOException {
        return invoke(generated);
    }

    @Benchmark
    public int handObjectMapper() throws IOException {
        return invoke(hand);
    }
}
