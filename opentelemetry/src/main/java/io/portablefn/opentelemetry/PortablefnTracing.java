package io.portablefn.opentelemetry;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * Which {@link OpenTelemetry} the invocation spans are made with. By default the global one
 * ({@link GlobalOpenTelemetry}): whatever the OpenTelemetry Java agent, the SDK's autoconfigure
 * module or the application registered there, read at each invocation, so a registration made
 * after start-up still counts. An application that keeps its own instance instead names it here,
 * before its first invocation, for example in its function's constructor:
 *
 * <pre>{@code
 * public Greet() {
 *     PortablefnTracing.use(openTelemetrySdk);
 * }
 * }</pre>
 *
 * <p>Nothing else is needed: on the classpath, this module is found by the runtime and opens one
 * span per invocation (docs/observability.md).
 */
public final class PortablefnTracing {

    private static volatile OpenTelemetry chosen; // null: the global one
    private static volatile boolean joinPlatformTrace;

    private PortablefnTracing() {
    }

    /** Makes every later invocation's span with {@code openTelemetry}. */
    public static void use(OpenTelemetry openTelemetry) {
        chosen = Objects.requireNonNull(openTelemetry,
                "openTelemetry: pass an OpenTelemetry instance, or call useGlobal() for GlobalOpenTelemetry");
    }

    /** Goes back to {@link GlobalOpenTelemetry}, the default. */
    public static void useGlobal() {
        chosen = null;
    }

    /**
     * Whether an invocation whose caller sent no trace context makes its span a child of the
     * cloud's own context (the Lambda runtime's X-Ray trace header, the Azure host's activity),
     * keeping its sampling decision; by default it does not, and the span starts a new trace
     * linked to it. Join it when your spans go where the cloud's own go: to AWS X-Ray with active
     * tracing on (what OpenTelemetry's {@code xray-lambda} propagator is for:
     * open-telemetry/semantic-conventions, docs/faas/aws-lambda.md), or to Application Insights
     * with the Functions host's telemetry on. Elsewhere the cloud's context names a span nobody
     * exports, and, being unsampled when the cloud traces nothing (Lambda sends {@code Sampled=0}
     * whenever active tracing is off), would make the default parent-based sampler drop every span.
     */
    public static void joinPlatformTrace(boolean join) {
        joinPlatformTrace = join;
    }

    /** See {@link #joinPlatformTrace(boolean)}; false by default. */
    public static boolean joinsPlatformTrace() {
        return joinPlatformTrace;
    }

    /** The instance the next invocation's span is made with. */
    public static OpenTelemetry openTelemetry() {
        OpenTelemetry own = chosen;
        return own != null ? own : GlobalOpenTelemetry.get();
    }
}
