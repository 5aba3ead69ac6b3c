package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.HttpException;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.TypedMessageHandler;
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
        SCHEDULE("schedule firings");

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

    private EventFunction(String name, int timeoutSeconds, Kind kind, Handler<?> handler) {
        this(name, timeoutSeconds, kind, handler, Set.of(), null);
    }

    @SuppressWarnings("unchecked")
    private EventFunction(String name, int timeoutSeconds, Kind kind, Handler<?> handler,
            Set<StorageEvent.Kind> storageEvents, String cronExpression) {
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
                null);
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
                Set.of(), Objects.requireNonNull(cron, "cron"));
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
        return deliverAll(batch, context, message -> context);
    }

    /**
     * As {@link #deliverAll(List, Context)}, each message handed over with the context
     * {@code contextOf} gives it: where each message of a batch carries its own trace context
     * (an SQS message's {@code AWSTraceHeader}), each continues its own trace.
     * {@code context} is the invocation's, for what is logged about the batch.
     */
    public List<String> deliverAll(List<Message> batch, Context context,
            java.util.function.Function<Message, ? extends Context> contextOf) {
        List<String> failed = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        for (Message message : batch) {
            String key = message.orderingKey().orElse(null);
            if (key != null && failedKeys.contains(key)) {
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
        return "Schedule firing " + ((ScheduleEvent) event).id();
    }

    private EventOutcome run(Object event, Context context) {
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
            return EventOutcome.FAILED;
        }
        if (failure != null) {
            context.logger().error(describe(event) + " failed in function '" + name + "' (invocation "
                    + context.invocationId() + "); it will be delivered again", failure);
        }
        return outcome;
    }

    @Override
    public String toString() {
        return name + " " + kind;
    }

    /** The handler behind every kind, once the event is decoded. */
    @FunctionalInterface
    private interface Handler<E> {
        void handle(E event, Context context) throws Exception;
    }

    /** Binds the body, then calls the typed handler. */
    private static final class TypedMessages<T> implements Handler<Message> {
        private final TypedMessageHandler<T> handler;
        private final BodyType<T> bodyType;

        TypedMessages(TypedMessageHandler<T> handler, BodyType<T> bodyType) {
            this.handler = handler;
            this.bodyType = bodyType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handle(Message message, Context context) throws Exception {
            T body;
            try {
                body = (T) Json.readBody(message.body(), bodyType.type(), "message body");
            } catch (HttpException unfit) {
                throw new UnbindableBody(unfit.getMessage());
            }
            handler.handle(body, message, context);
        }
    }

    /** A message body that does not fit the handler's type; carries the reason, no stack. */
    private static final class UnbindableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnbindableBody(String reason) {
            super(reason, null, false, false);
        }
    }
}
