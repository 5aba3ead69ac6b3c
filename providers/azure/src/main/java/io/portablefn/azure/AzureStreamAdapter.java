package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.RetryContext;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import java.util.List;
import java.util.Objects;

/**
 * Runs a portable stream function on an Event Hubs trigger of cardinality many. The generated
 * {@code Xxx_AzureFunction} hands each batch here: the bodies, the trigger metadata
 * {@code SystemPropertiesArray}, the poison queue's output binding and the worker's context.
 *
 * <p>One batch is one partition's events, handed to the handler in order until one fails
 * ({@link EventFunction#deliverInOrder}). Event Hubs has no per-event acknowledgement and the host
 * checkpoints after the method returns or throws, so (docs/events.md §10.2):
 * <ul>
 *   <li>while the function's retry policy has attempts left, a failure throws, and the host runs
 *       the whole batch again without moving the checkpoint;
 *   <li>on the last attempt ({@code RetryContext} retry count at its maximum, or no retry context
 *       at all), the failed record and the ones after it in the batch are written, one message
 *       each, to the poison queue {@code <stream>-poison}, an error is logged, and the method
 *       returns, so that the host checkpoints and nothing is dropped unseen. The host writes an
 *       output binding only for an invocation that succeeded, which is why this one returns.
 * </ul>
 *
 * <p>Immutable and shared by all of the worker's threads.
 */
public final class AzureStreamAdapter {

    private static final String RETRY =
            "the host runs the batch again as the function's retry policy says, then gives it to the poison queue.";

    private final EventFunction function;

    public AzureStreamAdapter(EventFunction function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    /** One Event Hubs batch: the events' bodies and their system properties, in partition order. */
    public void eventHub(byte[][] events, String systemPropertiesArray, OutputBinding<List<String>> poison,
            ExecutionContext context) {
        InvocationContext invocation = AzureInvocations.of(function, context);
        if (function.kind() != EventFunction.Kind.STREAM) {
            String text = function.wrongEvent("an Event Hubs batch");
            invocation.logger().warn(text);
            throw new EventFailure(text);
        }
        boolean lastAttempt = lastAttempt(context);
        List<EventHubRecords.Event> decoded;
        try {
            decoded = EventHubRecords.decode(events, systemPropertiesArray);
        } catch (BindingValues.Unreadable unreadable) {
            String problem = "Function '" + function.name() + "' cannot decode an Event Hubs batch of "
                    + (events == null ? 0 : events.length) + " events: " + unreadable.getMessage();
            if (lastAttempt) {
                poison.setValue(PoisonRecords.undecoded(function.name(), events, unreadable.getMessage()));
                invocation.logger().error(problem + "; its events are given up to the poison queue", null);
                return;
            }
            invocation.logger().error(problem, null);
            throw new EventFailure(problem + "; " + RETRY);
        }
        List<StreamRecord> records = decoded.stream().map(EventHubRecords.Event::record).toList();
        int failed = function.deliverInOrder(records, invocation);
        if (failed < 0) {
            return;
        }
        String what = describe(records.get(failed));
        if (!lastAttempt) {
            throw new EventFailure("Function '" + function.name() + "' did not complete " + what + " of its Event Hubs"
                    + " batch; " + RETRY);
        }
        List<EventHubRecords.Event> given = decoded.subList(failed, decoded.size());
        poison.setValue(PoisonRecords.messages(function.name(), given,
                "the function failed on its last attempt; the function's log says why"));
        invocation.logger().error("Function '" + function.name() + "' gave up " + what + " and the "
                + (given.size() - 1) + " after it in its batch (invocation " + invocation.invocationId() + ") after"
                + " its retries: they are in the poison queue, one message each", null);
    }

    /** The last attempt: no retry context (no policy), or the retry count at its maximum (-1 is unlimited). */
    static boolean lastAttempt(ExecutionContext context) {
        RetryContext retry = context == null ? null : context.getRetryContext();
        if (retry == null) {
            return true;
        }
        return retry.getMaxretrycount() >= 0 && retry.getRetrycount() >= retry.getMaxretrycount();
    }

    private static String describe(StreamRecord record) {
        return "record " + record.sequence() + record.partitionKey().map(key -> " (partition key " + key + ")").orElse("");
    }
}
