package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.greet.Greet_AwsHandler;
import io.portablefn.benchmarks.hand.ObjectMapperLambda;
import io.portablefn.benchmarks.hand.ReadTreeLambda;
import io.portablefn.benchmarks.hand.StreamingLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.TearDown;
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
@Fork(1)
public class AwsWarm {

    static final String SPRING_MAIN = "-DMAIN_CLASS=io.portablefn.benchmarks.spring.GreetApplication";

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

    /**
     * Spring's context starts only in the fork that measures it, at the log level its fork
     * states ({@code logging.level.root}). What Spring logs goes to a counting sink instead of
     * JMH's fork pipe: shipping over 450,000 lines through that pipe measured JMH, not Spring
     * (on Lambda the runtime ships stdout to CloudWatch outside the function's time). The trial
     * fails when the logging was not as stated: nothing at INFO, or anything at WARN.
     */
    @State(Scope.Benchmark)
    public static class Spring {
        FunctionInvoker invoker;
        private final CountingSink sink = new CountingSink();
        private PrintStream stdout;
        private long calls;

        @Setup
        public void start() {
            stdout = System.out;
            System.setOut(new PrintStream(sink, false, StandardCharsets.UTF_8));
            invoker = new FunctionInvoker();
            sink.reset();
        }

        @TearDown
        public void check() {
            System.setOut(stdout);
            String level = System.getProperty("logging.level.root", "INFO");
            if (level.equals("INFO") && sink.bytes() == 0) {
                throw new IllegalStateException("Spring Cloud Function logged nothing at INFO over " + calls
                        + " calls: this benchmark would not measure Spring as deployed at its default level");
            }
            if (level.equals("WARN") && sink.bytes() > 0) {
                throw new IllegalStateException("Spring Cloud Function logged " + sink.bytes()
                        + " bytes at WARN: the log level was not applied");
            }
        }
    }

    /** An output stream that counts and drops what it is given. */
    static final class CountingSink extends OutputStream {
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }

        long bytes() {
            return bytes.get();
        }

        void reset() {
            bytes.set(0);
        }
    }

    private final RequestStreamHandler generated = new Greet_AwsHandler();
    private final RequestStreamHandler objectMapper = new ObjectMapperLambda();
    private final RequestStreamHandler readTree = new ReadTreeLambda();
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
    public int handReadTree(Call call) throws IOException {
        return call.invoke(readTree);
    }

    @Benchmark
    public int handStreaming(Call call) throws IOException {
        return call.invoke(streaming);
    }

    /** Spring Boot's default level, INFO, at which its adapter logs every event. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {SPRING_MAIN, "-Dlogging.level.root=INFO"})
    public int springCloudFunction(Call call, Spring spring) throws IOException {
        spring.calls++;
        return call.invoke(spring.invoker);
    }

    /** The same at WARN, as a team that turned its adapter's per-event logging off would run it. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {SPRING_MAIN, "-Dlogging.level.root=WARN"})
    public int springCloudFunctionWarn(Call call, Spring spring) throws IOException {
        spring.calls++;
        return call.invoke(spring.invoker);
    }
}
