package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import io.portablefn.api.Headers;
import io.portablefn.api.TraceContext;

/**
 * Where an Azure invocation's trace context comes from (docs/observability.md has the table).
 * Each method runs only when the function first asks for its trace context
 * ({@code InvocationContext.continuing}).
 *
 * <p>The host hands the worker its own trace context with every invocation, which the Java
 * library exposes as {@code ExecutionContext.getTraceContext()} (azure-functions-java-core-library
 * 1.2: {@code getTraceparent()}, {@code getTracestate()}, {@code getAttributes()}). The host fills
 * it from the {@code System.Diagnostics.Activity} current during the invocation
 * (Azure/azure-functions-host, {@code GetRpcTraceContext}: {@code TraceParent} is the activity's
 * id, empty when there is none): a span of the host's, child of the caller's context where the
 * trigger carried one (a Service Bus message's {@code Diagnostic-Id}, an HTTP
 * {@code traceparent}). An id that is not W3C (the legacy hierarchical format) gives none.
 */
final class AzureTraceCarriers {

    private AzureTraceCarriers() {
    }

    /**
     * An HTTP request's caller's context: its {@code traceparent} header, which the host passes to
     * the worker with the other headers; without it, the host's ({@link #invocation}). The caller's
     * comes first, as on every cloud, so that the same request gives the function the same context
     * everywhere.
     */
    static TraceContext http(Headers headers) {
        return TraceContext.parse(headers.get("traceparent").orElse(null),
                headers.get("tracestate").orElse(null)).orElse(null);
    }

    /**
     * The host's trace context for this invocation, the platform's own
     * ({@code InvocationContext.inPlatformTrace}), or null when it gave none or none valid. The
     * host sends it whether or not anybody traces: without a caller's context it is a root of the
     * host's, recorded only when the host's own telemetry samples it (a .NET activity no listener
     * samples has trace flags 00: open-telemetry/opentelemetry-dotnet issue 4074).
     */
    static TraceContext invocation(ExecutionContext context) {
        com.microsoft.azure.functions.TraceContext host = context == null ? null : context.getTraceContext();
        if (host == null) {
            return null;
        }
        return TraceContext.parse(host.getTraceparent(), host.getTracestate()).orElse(null);
    }
}
