package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.hand.KinesisObjectMapperLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
import io.portablefn.benchmarks.inputs.KinesisInputs;
import io.portablefn.benchmarks.orders.OrderStream_AwsHandler;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One warm Lambda invocation with a Kinesis batch of 100 order records, from the event's bytes to
 * the partial batch response's bytes: the generated handler against a hand-written one with a
 * static ObjectMapper. Per-record cost is the batch's divided by 100.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KinesisWarm {

    /**
     * "none": 100 good orders (the per-record cost); "one": record 90 is poison, which portablefn
     * logs with its stack trace as the contract says, and both stop the batch there.
     */
    @Param({"none", "one"})
    public String poison;

    private byte[] batch;
    private final Context context = AwsInputs.context();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final RequestStreamHandler generated = new OrderStream_AwsHandler();
    private final RequestStreamHandler hand = new KinesisObjectMapperLambda();

    @Setup
    public void setUp() {
        batch = KinesisInputs.batch(poison.equals("one"));
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
