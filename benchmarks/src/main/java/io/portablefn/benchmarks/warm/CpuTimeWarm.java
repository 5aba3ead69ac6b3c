package io.portablefn.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.cold.Variant;
import io.portablefn.benchmarks.inputs.AwsInputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm AWS calls by body type in CPU time rather than wall time, for a machine too busy for JMH's
 * averages to pair: in one thread, the generated handler and the hand-written ObjectMapper one
 * binding the same type take turns in blocks of calls (after a warm-up of each), and each block
 * is charged the thread's own CPU time and allocated bytes ({@code com.sun.management.ThreadMXBean}),
 * which other processes do not inflate. JIT compilation and GC run on other threads and are not
 * charged; JMH's rows remain the reference on a quiet machine.
 */
public final class CpuTimeWarm {

    /** Per block: CPU nanoseconds and bytes per call, generated then hand-written. */
    public record Blocks(List<Double> generatedNanos, List<Double> handNanos, List<Double> generatedBytes,
            List<Double> handBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuTimeWarm() {
    }

    public static Blocks run(Variant.Body body, int warmupCalls, int blocks, int callsPerBlock) throws IOException {
        RequestStreamHandler[] pair = BodiesWarm.handlers(body);
        byte[] event = Fixture.httpApiV2Event(body.path);
        Context context = AwsInputs.context();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        for (RequestStreamHandler handler : pair) {
            for (int i = 0; i < warmupCalls; i++) {
                call(handler, event, out, context);
            }
            if (!out.toString(StandardCharsets.UTF_8).contains("Hello, Ada")) {
                throw new IllegalStateException(handler.getClass().getName() + " did not greet: " + out);
            }
        }
        Blocks result = new Blocks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long thread = Thread.currentThread().getId();
        for (int block = 0; block < blocks; block++) {
            // Alternate which goes first, so neither always follows the other.
            for (int turn = 0; turn < 2; turn++) {
                int which = (block + turn) % 2;
                long cpu = THREADS.getCurrentThreadCpuTime();
                long bytes = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < callsPerBlock; i++) {
                    call(pair[which], event, out, context);
                }
                double nanos = (double) (THREADS.getCurrentThreadCpuTime() - cpu) / callsPerBlock;
                double allocated = (double) (THREADS.getThreadAllocatedBytes(thread) - bytes) / callsPerBlock;
                (which == 0 ? result.generatedNanos() : result.handNanos()).add(nanos);
                (which == 0 ? result.generatedBytes() : result.handBytes()).add(allocated);
            }
        }
        return result;
    }

    private static void call(RequestStreamHandler handler, byte[] event, ByteArrayOutputStream out, Context context)
            throws IOException {
        out.reset();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
    }
}
