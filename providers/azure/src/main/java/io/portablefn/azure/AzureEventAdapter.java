package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import io.portablefn.api.Change;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.cron.Cron;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a portable event function (queue, topic, storage, schedule or change) inside the Azure
 * Functions Java worker. The generated {@code Xxx_AzureFunction} holds one instance and hands
 * each call of its {@code @FunctionName} method, with the trigger value and the {@code @BindingName} metadata
 * the worker bound, to one method here; docs/events.md says where each field comes from.
 *
 * <p>The host invokes the method once per message or event. A method returns when the event is
 * done with (the handler returned or dropped it) and throws when it must come again: the host then
 * retries it, and finally moves a queue message to the poison queue (Storage) or the dead-letter
 * queue (Service Bus), or has Event Grid retry the event. What it throws names the function and
 * the ids, never a handler's own exception text. An event the function cannot take, or cannot be
 * decoded, throws too, with a message that says so; one it cannot take is also logged once as a
 * warning naming what came (the trigger, or the Event Grid type and id; never the payload).
 *
 * <p>Immutable and shared by all of the worker's threads.
 */
public final class AzureEventAdapter {

    private static final String POISON_QUEUE =
            "the host delivers it again and, after the queue's maxDequeueCount, moves it to the poison queue.";
    private static final String DEAD_LETTER_QUEUE =
            "Service Bus delivers it again and, after the entity's max delivery count, moves it to the dead-letter queue.";
    private static final String EVENT_GRID_RETRY =
            "Event Grid delivers the event again as the subscription's retry policy says, then dead-letters or drops it.";
    private static final String TIMER_RETRY =
            "the host runs it again as the function's retry policy says; the schedule goes on.";

    private final EventFunction function;
    private final Cron schedule;
    private final Clock clock; // for the timer's "now" only

    /** A schedule function's cron comes with it; it says when a firing was due where the timer does not. */
    public AzureEventAdapter(EventFunction function) {
        this(function, function.cron().orElse(null), Clock.systemUTC());
    }

    AzureEventAdapter(EventFunction function, Cron schedule, Clock clock) {
        this.function = Objects.requireNonNull(function, "function");
        this.schedule = schedule;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One Storage queue message: its bytes (base64 already undone by the host) and the trigger
     * metadata {@code Id}, {@code DequeueCount} and {@code InsertionTime}. Storage queue messages
     * have no attributes.
     */
    public void storageQueue(byte[] message, String id, String dequeueCount, String insertionTime,
            ExecutionContext context) {
        InvocationContext invocation = invocation(context);
        requireMessages(invocation, "a Storage queue message");
        String messageId = "(no Id)";
        Message decoded;
        try {
            messageId = requiredId("Id", id);
            decoded = message(messageId, message, BindingValues.count("DequeueCount", dequeueCount),
                    BindingValues.time("InsertionTime", insertionTime), Map.of());
        } catch (BindingValues.Unreadable unreadable) {
            throw undecodable(invocation, "Storage queue message '" + messageId + "'", unreadable, POISON_QUEUE);
        }
        settle(function.deliver(decoded, invocation), "message '" + messageId + "'", POISON_QUEUE);
    }

    /**
     * One Service Bus message, from a queue or a topic subscription: its bytes and the trigger
     * metadata {@code MessageId}, {@code DeliveryCount}, {@code EnqueuedTimeUtc} and
     * {@code UserProperties} (the application properties, each value as text). The session id
     * is not bound: the worker fails an invocation whose {@code @BindingName} the host did not
     * send, and the host sends none for a message without a session.
     */
    public void serviceBus(byte[] message, String messageId, String deliveryCount, String enqueuedTimeUtc,
            String userProperties, ExecutionContext context) {
        InvocationContext invocation = invocation(context);
        requireMessages(invocation, "a Service Bus message");
        String id = "(no MessageId)";
        Message decoded;
        try {
            id = requiredId("MessageId", messageId);
            decoded = message(id, message, BindingValues.count("DeliveryCount", deliveryCount),
                    BindingValues.time("EnqueuedTimeUtc", enqueuedTimeUtc), BindingValues.properties(userProperties));
        } catch (BindingValues.Unreadable unreadable) {
            throw undecodable(invocation, "Service Bus message '" + id + "'", unreadable, DEAD_LETTER_QUEUE);
        }
        settle(function.deliver(decoded, invocation), "message '" + id + "'", DEAD_LETTER_QUEUE);
    }

    /**
     * The Event Grid trigger's value: one Blob Storage event, in the Event Grid or the CloudEvents
     * schema (an array is taken event by event). Other Blob Storage events (tier changes, renames)
     * are acknowledged unseen; events from other sources are the wrong kind.
     */
    public void eventGrid(String event, ExecutionContext context) {
        InvocationContext invocation = invocation(context);
        if (function.kind() != EventFunction.Kind.STORAGE) {
            throw wrongEvent(invocation, "an Event Grid event");
        }
        List<EventGridEvents.Decoded> events;
        try {
            events = EventGridEvents.decode(event);
        } catch (BindingValues.Unreadable unreadable) {
            throw undecodable(invocation, "an Event Grid delivery", unreadable, EVENT_GRID_RETRY);
        }
        List<String> failed = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (EventGridEvents.Decoded decoded : events) {
            if (decoded instanceof EventGridEvents.Blob blob) {
                if (function.deliver(blob.event(), invocation).redeliver()) {
                    failed.add(blob.id());
                }
            } else if (decoded instanceof EventGridEvents.OtherStorage other) {
                invocation.logger().info("Function '" + function.name() + "' takes blob created and deleted events;"
                        + " Event Grid event '" + other.id() + "' of type " + other.type()
                        + " acknowledged without calling it (filter the event subscription to skip it)");
            } else if (decoded instanceof EventGridEvents.Foreign wrong) {
                foreign.add("an Event Grid event of type '" + wrong.type() + "' (id '" + wrong.id() + "')");
            } else if (decoded instanceof EventGridEvents.Undecodable bad) {
                invocation.logger().error(cannotDecode("Event Grid event '" + bad.id() + "'", bad.problem(),
                        EVENT_GRID_RETRY), null);
                failed.add(bad.id());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!foreign.isEmpty()) {
            problems.add(wrongEvent(invocation, String.join(", ", foreign)).getMessage());
        }
        if (!failed.isEmpty()) {
            problems.add(notDone("event(s) " + quoted(failed), EVENT_GRID_RETRY));
        }
        if (!problems.isEmpty()) {
            throw new EventFailure(String.join(" ", problems));
        }
    }

    /**
     * The timer trigger's value (the host's TimerInfo as JSON). The firing's id is the
     * invocation id; its scheduled time and IsPastDue come from the TimerInfo.
     */
    public void timer(String timerInfo, ExecutionContext context) {
        InvocationContext invocation = invocation(context);
        if (function.kind() != EventFunction.Kind.SCHEDULE) {
            throw wrongEvent(invocation, "a timer firing");
        }
        ScheduleEvent firing;
        try {
            firing = TimerFirings.decode(timerInfo, invocation.invocationId(), schedule, clock.instant());
        } catch (BindingValues.Unreadable unreadable) {
            throw undecodable(invocation, "timer firing '" + invocation.invocationId() + "'", unreadable, TIMER_RETRY);
        }
        settle(function.deliver(firing, invocation), "schedule firing '" + firing.id() + "' (scheduled "
                + firing.scheduledTime() + ")", TIMER_RETRY);
    }

    /**
     * The Cosmos DB trigger's value: the JSON array of one lease's changed documents, in change
     * feed order (docs/events.md §9). They are handed over in order; at the first that fails the
     * method throws, and the host runs the batch again ({@link CosmosBatchFailure}).
     */
    public void cosmosChanges(String documents, ExecutionContext context) {
        InvocationContext invocation = invocation(context);
        if (function.kind() != EventFunction.Kind.CHANGE) {
            throw wrongEvent(invocation, "a Cosmos DB change feed batch");
        }
        CosmosChanges.Batch batch;
        try {
            batch = CosmosChanges.decode(documents);
        } catch (BindingValues.Unreadable unreadable) {
            throw undecodable(invocation, "a Cosmos DB change feed batch", unreadable, CosmosBatchFailure.NEXT);
        }
        List<Change<byte[]>> changes = batch.changes();
        int failed = function.deliverInOrder(changes, invocation);
        if (failed >= 0) {
            throw CosmosBatchFailure.of(function.name(), changes.subList(failed, changes.size()),
                    "change " + changes.get(failed).key() + " at position " + changes.get(failed).position(),
                    context, invocation);
        }
        if (batch.problem() != null) {
            throw undecodable(invocation, "a Cosmos DB change feed batch",
                    new BindingValues.Unreadable(batch.problem()), CosmosBatchFailure.NEXT);
        }
    }

    private InvocationContext invocation(ExecutionContext context) {
        return AzureInvocations.of(function, context);
    }

    private void requireMessages(InvocationContext invocation, String received) {
        if (!function.kind().messages()) {
            throw wrongEvent(invocation, received);
        }
    }

    // Logged once, as a warning: the host logs the failure too, but not what came or why.
    private EventFailure wrongEvent(InvocationContext invocation, String received) {
        String text = function.wrongEvent(received);
        invocation.logger().warn(text);
        return new EventFailure(text);
    }

    private static String requiredId(String name, String value) throws BindingValues.Unreadable {
        String id = BindingValues.text(value);
        if (id == null || id.isBlank()) {
            throw new BindingValues.Unreadable("the trigger metadata has no " + name);
        }
        return id;
    }

    private static Message message(String id, byte[] body, Integer deliveryCount, Instant publishTime,
            Map<String, String> attributes) {
        Message.Builder builder = Message.builder().id(id).body(body).publishTime(publishTime);
        if (deliveryCount != null) {
            builder.deliveryCount(deliveryCount);
        }
        attributes.forEach(builder::attribute);
        return builder.build();
    }

    private void settle(EventOutcome outcome, String what, String next) {
        if (outcome.redeliver()) {
            throw new EventFailure(notDone(what, next));
        }
    }

    private String notDone(String what, String next) {
        return "Function '" + function.name() + "' did not complete " + what + "; " + next;
    }

    private EventFailure undecodable(InvocationContext invocation, String what, BindingValues.Unreadable why,
            String next) {
        String message = cannotDecode(what, why.getMessage(), next);
        invocation.logger().error(message, null);
        return new EventFailure(message);
    }

    private String cannotDecode(String what, String problem, String next) {
        return "Function '" + function.name() + "' cannot decode " + what + ": " + problem + "; " + next;
    }

    private static String quoted(List<String> ids) {
        return "'" + String.join("', '", ids) + "'";
    }
}
