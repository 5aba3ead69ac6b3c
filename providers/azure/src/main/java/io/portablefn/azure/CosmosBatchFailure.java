package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.RetryContext;
import io.portablefn.api.Change;
import io.portablefn.runtime.InvocationContext;
import java.util.List;

/**
 * What a Cosmos DB change function says when a batch stops at a failed change (docs/events.md
 * §9.2). The method throws so that the host runs the batch again under the generated retry
 * policy; on the last retry the host checkpoints past the batch whatever happens, so the changes
 * not handled are logged first, one error each with key and position: Cosmos DB has no
 * dead-letter destination, and this log is where a user finds them.
 */
final class CosmosBatchFailure {

    static final String NEXT = "the host runs the batch again as the function's retry policy says, then checkpoints"
            + " past it; changes it gives up are logged as errors with their key and position.";

    private CosmosBatchFailure() {
    }

    /**
     * The exception for a batch whose change at {@code failed} (and so every later one) was not
     * handled; {@code unhandled} lists them, the failed one first.
     */
    static EventFailure of(String functionName, List<Change<byte[]>> unhandled, String failedWhat,
            ExecutionContext context, InvocationContext invocation) {
        RetryContext retry = context == null ? null : context.getRetryContext();
        if (retry != null && retry.getMaxretrycount() > 0 && retry.getRetrycount() >= retry.getMaxretrycount()) {
            for (Change<byte[]> change : unhandled) {
                invocation.logger().error("Function '" + functionName + "' gave up change " + change.key()
                        + " at position " + change.position() + " after " + retry.getMaxretrycount() + " retries;"
                        + " the Cosmos DB trigger moves past it", null);
            }
        }
        return new EventFailure("Function '" + functionName + "' did not complete " + failedWhat
                + (unhandled.size() > 1 ? " (and " + (unhandled.size() - 1) + " later change(s) of the batch)" : "")
                + "; " + NEXT);
    }
}
