package io.portablefn.runtime;

import io.portablefn.api.Change;
import io.portablefn.api.ChangeHandler;
import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StreamHandler;
import io.portablefn.api.StreamRecord;
import io.portablefn.api.TypedMessageHandler;
import io.portablefn.api.TypedStreamHandler;
import io.portablefn.runtime.EventHandlers.Handler;
import io.portablefn.runtime.EventHandlers.TypedChanges;
import io.portablefn.runtime.EventHandlers.TypedMessages;
import io.portablefn.runtime.EventHandlers.TypedStreams;
import io.portablefn.runtime.EventHandlers.UnbindableBody;
import io.portablefn.runtime.cron.Cron;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One event function (queue, topic, storage or schedule) as the processor describes it, and the
 * pipeline that runs it. Each provider decodes its native event into a {@link Message}, {@link
 * StorageEvent} or {@link ScheduleEvent}, calls {@code deliver}, and turns the {@link
 * EventOutcome} into its cloud's signal, so the rules (one call per message, a throw fails only
 * that message, binding, dropping, the deadline) live here once. Never throws for what the
 * handler does. Immutable and thread-safe.
 */
public final class EventFunction implements PortableFunction {

    /** The trigger kinds; the decoded event type each one takes is fixed. */
    public enum Kind {
        QUEUE("queue messages"),
        TOPIC("topic messages"),
        STORAGE("storage events"),
        SCHEDULE("schedule firings"),
        CHANGE("table changes"),
        STREAM("stream records");

        private final String takes;

        Kind(String takes) {
            this.takes = takes;
        }

        /** What a function of this kind takes, for error messages: "queue messages". */
        public String takes() {
            return takes;
        }

        /** True for the kinds whose events are {@link Message}s. */
        public boolean messages() {
            return this == QUEUE || this == TOPIC;
        }
    }

    private final String name;
    private final int timeoutSeconds;
    private final Kind kind;
    private final Handler<Object> handler;
    private final Set<StorageEvent.Kind> storageEvents;
    private final String cronExpression;
    private volatile Cron cron; // cronExpression, parsed on first use
    private final InvocationObserver observer; // null: nobody watches (the usual case)

    private EventFunction(String name, int timeoutSeconds, Kind kind, Handler<?> handler) {
        this(name, timeoutSeconds, kind, handler, Set.of(), null, OBSERVER);
    }

    @SuppressWarnings("unchecked")
    private EventFunction(String name, int timeoutSeconds, Kind kind, Handler<?> handler,
            Set<StorageEvent.Kind> storageEvents, String cronExpression, InvocationObserver observer) {
        this.observer = observer;
        this.storageEvents = Set.copyOf(storageEvents);
        this.cronExpression = cronExpression;
        this.name = Objects.requireNonNull(name, "name");
        this.timeoutSeconds = timeoutSeconds;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.handler = (Handler<Object>) Objects.requireNonNull(handler, "handler");
    }

    /** A queue or topic function that takes the message as it is. */
    public static EventFunction messages(String name, int timeoutSeconds, Kind kind, MessageHandler handler) {
        requireMessages(kind);
        return new EventFunction(name, timeoutSeconds, kind, (Handler<Message>) handler::handle);
    }

    /** A queue or topic function whose JSON message body is bound to {@code bodyType}. */
    public static <T> EventFunction typedMessages(String name, int timeoutSeconds, Kind kind,
            TypedMessageHandler<T> handler, BodyType<T> bodyType) {
        requireMessages(kind);
        return new EventFunction(name, timeoutSeconds, kind, new TypedMessages<>(handler, bodyType));
    }

    /** A storage function that wants the events {@code wanted}; others are acknowledged unseen. */
    public static EventFunction storage(String name, int timeoutSeconds, Set<StorageEvent.Kind> wanted,
            StorageHandler handler) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("A storage function wants at least one kind of event");
        }
        return new EventFunction(name, timeoutSeconds, Kind.STORAGE, (Handler<StorageEvent>) handler::handle, wanted,
                null, OBSERVER);
    }

    /** A schedule function whose cron is not known here (tests, hand-made definitions). */
    public static EventFunction schedule(String name, int timeoutSeconds, ScheduleHandler handler) {
        return new EventFunction(name, timeoutSeconds, Kind.SCHEDULE, (Handler<ScheduleEvent>) handler::handle);
    }

    /**
     * A schedule function firing on {@code cron}, the portable expression the processor checked;
     * parsed only when a provider asks ({@link #cron()}), so cold start does not pay for it.
     */
    public static EventFunction schedule(String name, int timeoutSeconds, String cron, ScheduleHandler handler) {
        return new EventFunction(name, timeoutSeconds, Kind.SCHEDULE, (Handler<ScheduleEvent>) handler::handle,
                Set.of(), Objects.requireNonNull(cron, "cron"), OBSERVER);
    }

    /**
     * This function watched by {@code observer} instead of the installed {@link #OBSERVER}; null
     * for none. For tests and hand-made definitions.
     */
    public EventFunction observedBy(InvocationObserver observer) {
        return new EventFunction(name, timeoutSeconds, kind, handler, storageEvents, cronExpression,
                ObserverGuard.of(observer));
    }

    /**
     * A change function: providers hand it changes whose items are the item's plain JSON, which
     * is bound to {@code itemType} by the same rules as HTTP bodies.
     */
    public static <T> EventFunction changes(String name, int timeoutSeconds, ChangeHandler<T> handler,
            BodyType<T> itemType) {
        return new EventFunction(name, timeoutSeconds, Kind.CHANGE, new TypedChanges<>(handler, itemType));
    }

    /** A stream function that takes the record as it is. */
    public static EventFunction streams(String name, int timeoutSeconds, StreamHandler handler) {
        return new EventFunction(name, timeoutSeconds, Kind.STREAM, (Handler<StreamRecord>) handler::handle);
    }

    /** A stream function whose JSON record body is bound to {@code bodyType}. */
    public static <T> EventFunction typedStreams(String name, int timeoutSeconds, TypedStreamHandler<T> handler,
            BodyType<T> bodyType) {
        return new EventFunction(name, timeoutSeconds, Kind.STREAM, new TypedStreams<>(handler, bodyType));
    }

    private static void requireMessages(Kind kind) {
        if (!kind.messages()) {
            throw new IllegalArgumentException("A message handler needs kind QUEUE or TOPIC, not " + kind);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * For a schedule function, its cron (UTC), which providers need where the cloud does not say
     * when a firing was due (Azure) and the local server needs to fire it; empty otherwise, and
     * for a schedule function made without one.
     */
    public Optional<Cron> cron() {
        if (cronExpression == null) {
            return Optional.empty();
        }
        Cron parsed = cron;
        if (parsed == null) {
            cron = parsed = Cron.parse(cronExpression);
        }
        return Optional.of(parsed);
    }

    /** For a storage function, the kinds of storage event it wants; empty for other kinds. */
    public Set<StorageEvent.Kind> storageEvents() {
        return storageEvents;
    }

    /** Hands one message to a queue or topic function. */
    public EventOutcome deliver(Message message, Context context) {
        requireKind(kind.messages(), "a message");
        return run(message, context);
    }

    /**
     * Hands each message of a batch to the function, one after the other, and returns the ids of
     * those to deliver again, in batch order; the others are done with.
     *
     * <p>Ordered messages keep their order: once a message with an {@linkplain
     * Message#orderingKey() ordering key} fails, the later messages of the batch with the same key
     * are not handed to the function but returned as failed too, so that they come again after
     * it (the rule AWS sets for SQS FIFO partial batch responses; Service Bus sessions and
     * Pub/Sub ordering keys need the same). Messages of other keys, or of none, go on as usual.
     */
    public List<String> deliverAll(List<Message> batch, Context context) {
        return deliverAll(batch, Set.of(), context, message -> context);
    }

    /**
     * As {@link #deliverAll(List, Context)}, each message handed over with the context
     * {@code contextOf} gives it: where each message of a batch carries its own trace context
     * (an SQS message's {@code AWSTraceHeader}), each continues its own trace.
     * {@code context} is the invocation's, for what is logged about the batch.
     */
    public List<String> deliverAll(List<Message> batch, Context context,
            java.util.function.Function<Message, ? extends Context> contextOf) {
        return deliverAll(batch, Set.of(), context, contextOf);
    }

    /**
     * As {@link #deliverAll(List, Context)}, for a batch in which the provider could not decode
     * some messages: at the positions {@code undecodable} (counted from 0) {@code batch} holds
     * stand-ins carrying only the id and ordering key that could be read, the problem already
     * logged. A stand-in is never handed to the function; it fails, and holds back the later
     * messages of its ordering key just as a failed handler call does, so the ordering rule
     * lives here alone.
     */
    public List<String> deliverAll(List<Message> batch, Set<Integer> undecodable, Context context) {
        return deliverAll(batch, undecodable, context, message -> context);
    }

    /** The whole rule: undecodable stand-ins, and each message with its own context. */
    public List<String> deliverAll(List<Message> batch, Set<Integer> undecodable, Context context,
            java.util.function.Function<Message, ? extends Context> contextOf) {
        List<String> failed = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i);
            String key = message.orderingKey().orElse(null);
            if (undecodable.contains(i)) {
                failed.add(message.id());
                if (key != null) {
                    failedKeys.add(key);
                }
            } else if (key != null && failedKeys.contains(key)) {
                context.logger().warn("Message " + message.id() + " not handed to function '" + name
                        + "' (invocation " + context.invocationId() + "): an earlier message with ordering key '"
                        + key + "' failed in this batch; it will be delivered again after that one, in order");
                failed.add(message.id());
            } else if (deliver(message, contextOf.apply(message)).redeliver()) {
                failed.add(message.id());
                if (key != null) {
                    failedKeys.add(key);
                }
            }
        }
        return failed;
    }

    /** Hands a storage event to a storage function. */
    public EventOutcome deliver(StorageEvent event, Context context) {
        requireKind(kind == Kind.STORAGE, "a storage event");
        if (!storageEvents.contains(event.kind())) {
            // The trigger's filter should have kept it away (a bucket notification can be wider).
            context.logger().info("Function '" + name + "' does not take " + event.kind() + " events; "
                    + event + " acknowledged without calling it");
            return EventOutcome.ACKNOWLEDGED;
        }
        return run(event, context);
    }

    /** Hands a firing to a schedule function. */
    public EventOutcome deliver(ScheduleEvent event, Context context) {
        requireKind(kind == Kind.SCHEDULE, "a schedule firing");
        return run(event, context);
    }

    /** Hands one change, its items still plain JSON, to a change function. */
    public EventOutcome deliver(Change<byte[]> change, Context context) {
        requireKind(kind == Kind.CHANGE, "a table change");
        return run(change, context);
    }

    /** Hands one record to a stream function. */
    public EventOutcome deliver(StreamRecord record, Context context) {
        requireKind(kind == Kind.STREAM, "a stream record");
        return run(record, context);
    }

    /**
     * Hands the changes or stream records of one batch to the function in order, and stops at
     * the first that fails: returns its index, or -1 when none failed. The ones after it are not
     * handed over; the provider has the cloud deliver them again, in order, from the failed one.
     *
     * <p>This is the ordering rule of change and stream functions on every cloud: each cloud's
     * batch comes from one partition (a DynamoDB or Kinesis shard, an Event Hubs partition, a
     * Cosmos DB lease, one Pub/Sub message), so stopping the batch stops exactly that partition.
     *
     * @param batch {@code Change<byte[]>} for a change function, {@link StreamRecord} for a stream one
     */
    public int deliverInOrder(List<?> batch, Context context) {
        for (int i = 0; i < batch.size(); i++) {
            Object item = batch.get(i);
            EventOutcome outcome = item instanceof StreamRecord record ? deliver(record, context)
                    : deliver(asChange(item), context);
            if (outcome.redeliver()) {
                int held = batch.size() - i - 1;
                if (held > 0) {
                    context.logger().warn(held + " later " + (held == 1 ? "item" : "items") + " of the batch not handed to"
                            + " function '" + name + "' (invocation " + context.invocationId() + ") after "
                            + describe(item) + " failed; they will be delivered again after it, in order");
                }
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private Change<byte[]> asChange(Object item) {
        if (!(item instanceof Change<?>)) {
            throw new IllegalArgumentException(wrongEvent(item == null ? "null" : item.getClass().getSimpleName()));
        }
        return (Change<byte[]>) item;
    }

    /**
     * The error a provider reports when its cloud hands this function an event of another kind,
     * such as an S3 event sent to a queue function: names the function, what it takes and what
     * came.
     */
    public String wrongEvent(String received) {
        return "Function '" + name + "' takes " + kind.takes() + ", but received " + received
                + "; check the trigger that invokes it.";
    }

    private void requireKind(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(wrongEvent(what));
        }
    }

    /** How the log names an event; built only when something is logged, not on every call. */
    private static String describe(Object event) {
        if (event instanceof Message message) {
            return "Message " + message.id();
        }
        if (event instanceof StorageEvent storage) {
            return "Storage event " + storage.id() + " (" + storage.kind() + " " + storage.bucket() + "/"
                    + storage.key() + ")";
        }
        if (event instanceof Change<?> change) {
            return "Change " + change.kind() + " of " + change.key() + " at " + change.position();
        }
        if (event instanceof StreamRecord record) {
            return "Stream record " + record.sequence()
                    + record.partitionKey().map(key -> " (partition key " + key + ")").orElse("");
        }
        return "Schedule firing " + ((ScheduleEvent) event).id();
    }

    private EventOutcome run(Object event, Context context) {
        InvocationObserver.Invocation observed = observer == null ? null : observer.started(this, event, context);
        DeadlineWatch.Slot watch = DeadlineWatch.enter(
                context.deadline().toEpochMilli() - DeadlineWatch.marginMillis(timeoutSeconds));
        EventOutcome outcome;
        Throwable failure = null;
        try {
            handler.handle(event, context);
            outcome = EventOutcome.ACKNOWLEDGED;
        } catch (DropEventException drop) {
            context.logger().warn(describe(event) + " dropped by function '" + name + "' (invocation "
                    + context.invocationId() + "): " + drop.getMessage());
            outcome = EventOutcome.DROPPED;
        } catch (UnbindableBody unbindable) {
            // A retry will not fix the body, but redelivery ends in the dead-letter queue, where
            // nothing is lost.
            context.logger().error(describe(event) + " cannot be handled by function '" + name + "' (invocation "
                    + context.invocationId() + "): " + unbindable.getMessage()
                    + " It will be delivered again and finally dead-lettered.");
            outcome = EventOutcome.FAILED;
        } catch (Throwable thrown) {
            failure = thrown;
            outcome = EventOutcome.FAILED;
        }
        if (watch.exit()) {
            context.logger().warn(describe(event) + " ran past the deadline of function '" + name + "' (invocation "
                    + context.invocationId() + ") and was interrupted; it will be delivered again");
            outcome = EventOutcome.FAILED;
        } else if (failure != null) {
            context.logger().error(describe(event) + " failed in function '" + name + "' (invocation "
                    + context.invocationId() + "); it will be delivered again", failure);
        }
        if (observed != null) {
            observed.handled(outcome, failure);
        }
        return outcome;
    }

    @Override
    public String toString() {
        return name + " " + kind;
    }
}
