package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.greet.Greet_AwsHandler;
import io.portablefn.benchmarks.hand.ObjectMapperLambda;
import io.portablefn.benchmarks.hand.StreamingLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * One warm Lambda invocation of the greeting, from the event's bytes to the response's bytes,
 * as the runtime interface client hands them to a {@code RequestStreamHandler}: the generated
 * handler, the two hand-written ones and Spring Cloud Function's {@code FunctionInvoker}.
 * Each benchmark reads a fresh stream over the same HTTP API 2.0 event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-DMAIN_CLASS=io.portablefn.benchmarks.spring.GreetApplication")
public class AwsWarm {

    /** What every variant shares: the context and a reused output buffer. */
    @State(Scope.Thread)
    public static class Call {
        final Context context = AwsInputs.context();
        final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        int invoke(RequestStreamHandler handler) throws IOException {
            out.reset();
            handler.handleRequest(new ByteArrayInputStream(Fixture.HTTP_API_V2_EVENT), out, context);
            return out.size();
        }
    }

    /** Spring's context starts only in the fork that measures it. */
    @State(Scope.Benchmark)
    public static class Spring {
        FunctionInvoker invoker;

        @Setup
        public void start() {
            invoker = new FunctionInvoker();
        }
    }

    private final RequestStreamHandler generated = new Greet_AwsHandler();
    private final RequestStreamHandler objectMapper = new ObjectMapperLambda();
    private final RequestStreamHandler streaming = new StreamingLambda();

    @Benchmark
    public int generated(Call call) throws IOException {
        return call.invoke(generated);
    }

    @Benchmark
    public int handObjectMapper(Call call) throws IOException {
        return call.invoke(objectMapper);
    }

    @Benchmark
    public int handStreaming(Call call) throws IOException {
        return call.invoke(streaming);
    }

    @Benchmark
    public int springCloudFunction(Call call, Spring spring) throws IOException {
        return call.invoke(spring.invoker);
    }
}
