package io.portablefn.conformance.azure;

import io.portablefn.api.TraceContext;
import io.portablefn.testkit.azure.WorkerContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The activity the Functions host has current while it invokes the worker: the host sends its id
 * and trace state as the invocation's trace context (Azure/azure-functions-host,
 * {@code GetRpcTraceContext}: {@code TraceParent} is {@code Activity.Current}'s id), which the
 * Java library exposes as {@code ExecutionContext.getTraceContext()}. Modelled as ASP.NET Core's
 * hosting diagnostics start it for a request (and the Service Bus extension for a message with a
 * {@code Diagnostic-Id}): a child of the caller's valid {@code traceparent}, with the caller's trace
 * id, flags and trace state and a span id of its own; a new root trace without one. So on Azure
 * the host's context names the caller's trace but not the caller's span.
 */
public final class HostActivity {

    private HostActivity() {
    }

    /** The worker's context for one invocation, with a fresh invocation id and the host's activity. */
    public static WorkerContext context(String functionName, Logger logger, String traceparent, String tracestate) {
        String invocationId = UUID.randomUUID().toString();
        TraceContext activity = child(traceparent, tracestate, invocationId);
        return new WorkerContext(invocationId, functionName, logger, activity.traceparent(),
                activity.traceState().orElse(""));
    }

    /**
     * The host's activity under the caller's context, or a new root, its new ids made from
     * {@code seed} (an invocation's or a message's id), so that what a case observes stays the same
     * from run to run.
     */
    public static TraceContext child(String traceparent, String tracestate, String seed) {
        TraceContext caller = TraceContext.parse(traceparent, tracestate).orElse(null);
        String ids = UUID.nameUUIDFromBytes(("host activity " + seed).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
        return caller == null ? TraceContext.of(ids, ids.substring(16), false, null)
                : TraceContext.of(caller.traceId(), ids.substring(16), caller.sampled(),
                        caller.traceState().orElse(null));
    }
}
