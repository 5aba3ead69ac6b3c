package io.portablefn.conformance.aws;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The trace header Lambda gives every invocation ({@code Lambda-Runtime-Trace-Id}, which the
 * runtime client hands on as {@code Context.getXrayTraceId()}), as it is with X-Ray active tracing
 * off, the default: a trace of Lambda's own with a parent segment and {@code Sampled=0}, sent even
 * though nothing records it (open-telemetry/opentelemetry-java-instrumentation issue 2131,
 * aws-observability/aws-otel-lambda issue 14 quote such headers from deployed functions). Every
 * AWS target sends one, so that what the function and its observers see is what Lambda gives.
 */
public final class LambdaTraceHeader {

    private LambdaTraceHeader() {
    }

    /** A new header: this second's epoch, random trace and parent ids, not sampled. */
    public static String passThrough() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                random.nextLong(1L << 48), random.nextLong(1L << 48), random.nextLong(1L, Long.MAX_VALUE));
    }
}
