package io.portablefn.gcp;

import io.cloudevents.CloudEvent;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.LogSink;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Runs a portable event function (queue, topic, storage, schedule or stream) inside Google's Functions
 * Framework, on Cloud Functions 2nd gen. The generated {@code Xxx_GcpFunction implements
 * CloudEventsFunction} holds one instance and hands every CloudEvent to {@link #accept}.
 *
 * <p>What arrives, one event per invocation (docs/events.md maps every field):
 * <ul>
 *   <li>{@code google.cloud.pubsub.topic.v1.messagePublished}: a {@code Message} to a queue or
 *       topic function; to a schedule function, a {@code ScheduleEvent}, because Cloud
 *       Scheduler fires by publishing to a topic (id: the message id; scheduled time: its
 *       publish time; never past due); to a stream function, a {@code StreamRecord}
 *       ({@link PubsubRecords}).</li>
 *   <li>{@code google.cloud.storage.object.v1.finalized} and {@code deleted}: a {@code
 *       StorageEvent} (CREATED, DELETED) to a storage function; {@code archived} and {@code
 *       metadataUpdated} are acknowledged without calling it.</li>
 *   <li>{@code google.cloud.scheduler.job.v1.executed}: a {@code ScheduleEvent}.</li>
 *   <li>{@code google.cloud.firestore.document.v1.*}: a {@code Change} to a change function
 *       ({@link FirestoreChanges}).</li>
 * </ul>
 * Legacy background events (1st gen) reach it too: the invoker turns them into these CloudEvents
 * before calling a {@code CloudEventsFunction}.
 *
 * <p>How it answers: when the function acknowledges or drops the event, {@code accept} returns
 * and the framework answers 2xx. When the event fails (the handler threw, its body did not bind,
 * it ran out of time, or the event cannot be decoded), {@code accept} throws, the framework
 * answers 500, and Pub/Sub or Eventarc delivers the event again (when the function is deployed
 * with retries, as {@code deploy.sh} does) until it is dead-lettered or expires. The exception's
 * message names the function and the event id only; what the handler threw is logged, never
 * passed on. An event of a kind the function does not take (a storage event to a queue function)
 * throws with {@link EventFunction#wrongEvent}'s text, logged once as a warning with the
 * event's attributes (type, id, source, data content type, data size), never its data.
 *
 * <p>Immutable and shared by all of the invoker's request threads.
 */
public final class GcpEventAdapter {

    private final EventFunction function;
    private final long timeoutSeconds;
    private final LogSink log;

    public GcpEventAdapter(EventFunction function) {
        this(function, System.getenv(GcpHttpAdapter.TIMEOUT_ENV));
    }

    GcpEventAdapter(EventFunction function, String timeoutEnv) {
        this(function, timeoutEnv, CloudLogging.STDOUT);
    }

    /** With the sink the log records go to (tests read them). */
    GcpEventAdapter(EventFunction function, String timeoutEnv, LogSink log) {
        this.function = Objects.requireNonNull(function, "function");
        this.log = Objects.requireNonNull(log, "log");
        this.timeoutSeconds = GcpHttpAdapter.timeoutSeconds(timeoutEnv, function.timeoutSeconds());
    }

    /**
     * Hands one CloudEvent to the function.
     *
     * @throws Exception when the event is to be delivered again, or is of the wrong kind; the
     *     message says which function and which event, and nothing the handler threw
     */
    public void accept(CloudEvent event) throws Exception {
        Instant start = Instant.now();
        InvocationContext context = new InvocationContext(Provider.GCP, event.getId(), function.name(),
                start.plusSeconds(timeoutSeconds), log);
        GcpCloudEvents.Family family = GcpCloudEvents.Family.of(event.getType());
        if (!family.reaches(function.kind())) {
            String text = function.wrongEvent(family.describe(event.getType()) + " with id " + event.getId());
            // Once, as a warning, with the event's attributes (its shape), never its data.
            context.logger().warn(text + " (source " + event.getSource() + ", data content type " + event.getDataContentType()
                    + ", " + (event.getData() == null ? "no data" : "data of " + event.getData().toBytes().length
                    + " bytes") + ")");
            throw EventFailedException.wrongEvent(text);
        }
        GcpEvent decoded;
        try {
            decoded = GcpCloudEvents.decode(event);
        } catch (UndecodableEvent bad) {
            throw undecodable(bad, context);
        }
        GcpEvent.Published message = decoded instanceof GcpEvent.Published published ? published : null;
        deliver(decoded, context.continuing(() -> GcpTraceCarriers.cloudEvent(event, message)));
    }

    /** Hands a decoded event to the function; the legacy decoder's tests use it as well. */
    void deliver(GcpEvent decoded, InvocationContext context) throws EventFailedException {
        String what;
        EventOutcome outcome;
        if (decoded instanceof GcpEvent.Published published && function.kind() == EventFunction.Kind.SCHEDULE) {
            what = "Cloud Scheduler firing " + published.message().id();
            Instant scheduled = published.message().publishTime().orElse(null);
            if (scheduled == null) {
                throw undecodable(new UndecodableEvent(what, "the message has no publish time"), context);
            }
            outcome = function.deliver(new ScheduleEvent(published.message().id(), scheduled, false), context);
        } else if (decoded instanceof GcpEvent.Published published && function.kind() == EventFunction.Kind.STREAM) {
            // One message per invocation: a batch of one, under the one ordering rule.
            if (function.deliverInOrder(List.of(PubsubRecords.record(published.message())), context) >= 0) {
                throw EventFailedException.failed(function.name(), "Pub/Sub message " + published.message().id());
            }
            return;
        } else if (decoded instanceof GcpEvent.Published published) {
            what = "Pub/Sub message " + published.message().id();
            outcome = function.deliver(published.message(), context);
        } else if (decoded instanceof GcpEvent.ObjectChanged changed) {
            what = "Cloud Storage event " + changed.event().id();
            outcome = function.deliver(changed.event(), context);
        } else if (decoded instanceof GcpEvent.DocumentChanged changed) {
            // One change per event: nothing comes after it to hold back (docs/events.md §9.2).
            what = "Firestore change " + changed.change().key() + " (event " + changed.change().position() + ")";
            outcome = function.deliver(changed.change(), context);
        } else if (decoded instanceof GcpEvent.JobExecuted job) {
            what = "Cloud Scheduler firing " + job.id();
            outcome = function.deliver(new ScheduleEvent(job.id(), job.time(), false), context);
        } else {
            GcpEvent.ObjectOther other = (GcpEvent.ObjectOther) decoded;
            // Eventarc filters on one type, so only a trigger made by hand sends these.
            context.logger().info("Function '" + function.name() + "' takes objects created or deleted; Cloud Storage event "
                    + other.id() + " (" + other.type() + ") acknowledged without calling it");
            return;
        }
        if (outcome.redeliver()) {
            throw EventFailedException.failed(function.name(), what);
        }
    }

    private EventFailedException undecodable(UndecodableEvent bad, InvocationContext context) {
        context.logger().error(EventFailedException.undecodableText(function.name(), bad));
        return EventFailedException.undecodable(function.name(), bad);
    }
}
