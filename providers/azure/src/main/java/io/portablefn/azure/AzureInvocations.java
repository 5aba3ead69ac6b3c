package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import io.portablefn.api.Provider;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.JulLog;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;

/** The portable context of one Azure event invocation, shared by the event adapters. */
final class AzureInvocations {

    private AzureInvocations() {
    }

    /**
     * The worker's invocation id and logger, the host's trace context as the cloud's own; the
     * deadline is the function's timeout from now.
     */
    static InvocationContext of(EventFunction function, ExecutionContext context) {
        String invocationId = context == null ? "" : Objects.requireNonNullElse(context.getInvocationId(), "");
        Logger jul = context != null && context.getLogger() != null ? context.getLogger() : Logger.getLogger("portablefn");
        // The deadline is real time whatever the clock says: the runtime's watch reads the system clock.
        return new InvocationContext(Provider.AZURE, invocationId, function.name(),
                Instant.now().plusSeconds(function.timeoutSeconds()), new JulLog(jul))
                .inPlatformTrace(() -> AzureTraceCarriers.invocation(context));
    }
}
