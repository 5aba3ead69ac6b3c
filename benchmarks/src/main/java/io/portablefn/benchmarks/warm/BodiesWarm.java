package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.cold.Variant;
import io.portablefn.benchmarks.greet.Greet_AwsHandler;
import io.portablefn.benchmarks.hand.ObjectMapperLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
import io.portablefn.benchmarks.map.GreetMap_AwsHandler;
import io.portablefn.benchmarks.pojo.GreetPojo_AwsHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One warm Lambda invocation of the greeting by body type (record, POJO, Map), event bytes in
 * and response bytes out as in {@link AwsWarm}: the generated handler against the hand-written
 * ObjectMapper handler binding the same type. Setup fails unless both answer the greeting.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BodiesWarm {

    @Param({"RECORD", "POJO", "MAP"})
    public String body;

    private final Context context = AwsInputs.context();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private byte[] event;
    private RequestStreamHandler generated;
    private RequestStreamHandler objectMapper;

    @Setup(Level.Trial)
    public void choose() throws IOException {
        Variant.Body kind = Variant.Body.valueOf(body);
        event = Fixture.httpApiV2Event(kind.path);
        RequestStreamHandler[] pair = handlers(kind);
        generated = pair[0];
        objectMapper = pair[1];
        for (RequestStreamHandler handler : new RequestStreamHandler[] {generated, objectMapper}) {
            invoke(handler);
            String answer = out.toString(StandardCharsets.UTF_8);
            if (!answer.contains("Hello, Ada") || !answer.contains("200")) {
                throw new IllegalStateException(handler.getClass().getName() + " did not greet: " + answer);
            }
        }
    }

    /** The generated handler and the hand-written ObjectMapper one binding the same body type. */
    static RequestStreamHandler[] handlers(Variant.Body body) {
        return switch (body) {
            case RECORD -> new RequestStreamHandler[] {new Greet_AwsHandler(), new ObjectMapperLambda()};
            case POJO -> new RequestStreamHandler[] {new GreetPojo_AwsHandler(), new ObjectMapperLambda.PojoBody()};
            case MAP -> new RequestStreamHandler[] {new GreetMap_AwsHandler(), new ObjectMapperLambda.MapBody()};
        };
    }

    private int invoke(RequestStreamHandler handler) throws IOException {
        out.reset();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.size();
    }

    @Benchmark
    public int generated() throws IOException {
        return invoke(generated);
    }

    @Benchmark
    public int handObjectMapper() throws IOException {
        return invoke(objectMapper);
    }
}
