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

    /** The instance the next invocation's span is made with. */
    public static OpenTelemetry openTelemetry() {
        OpenTelemetry own = chosen;
        return own != null ? own : GlobalOpenTelemetry.get();
    }
}
