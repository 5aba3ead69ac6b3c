package io.portablefn.conformance.events;

import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.TraceContext;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.StreamLogger;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cloud that keeps the whole contract, for testing the suite without any real cloud's driver:
 * it hands the neutral event to the function's definition ({@code Xxx_PortableFunction.FUNCTION})
 * as a perfect adapter would, carrying every field, batching messages as SQS does and telling
 * the cloud of failures only through the ids to deliver again, and of a wrong event through
 * {@link EventFunction#wrongEvent}.
 */
public class ModelCloud implements EventTarget {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
    private final AtomicInteger invocations = new AtomicInteger();
    private final String name;

    public ModelCloud() {
        this("model");
    }

    protected ModelCloud(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        EventFunction function = (EventFunction) Class.forName(functionClass.getName() + "_PortableFunction", true,
                functionClass.getClassLoader()).getField("FUNCTION").get(null);
        InvocationContext context = new InvocationContext(Provider.LOCAL, name + "-" + invocations.incrementAndGet(),
                function.name(), Instant.now().plusSeconds(function.timeoutSeconds()), new StreamLogger(NOWHERE, ""));
        if (event instanceof WireEvent.Foreign foreign) {
            return failed(foreign.ids(), function.wrongEvent("a foreign event (" + foreign.description() + ")"));
        }
        try {
            if (event instanceof WireEvent.Messages batch) {
                List<Message> messages = new ArrayList<>();
                Map<String, String> traces = new HashMap<>();
                batch.messages().forEach(m -> {
                    messages.add(message(m));
                    traces.put(m.id(), m.traceparent());
                });
                // Each message continues the trace it was sent in.
                return new Delivery(Set.copyOf(function.deliverAll(messages, context, m -> context.continuing(
                        () -> TraceContext.parse(traces.get(m.id()), null).orElse(null)))), List.of());
            }
            if (event instanceof WireEvent.StorageChange change) {
                return settle(change.id(), function, function.deliver(storage(change), context).redeliver());
            }
            if (event instanceof WireEvent.Records batch) {
                // One shard's batch: from the first failed record on, all come again.
                List<StreamRecord> records = batch.records().stream().map(r -> StreamRecord.builder()
                        .sequence(r.sequence()).partitionKey(r.partitionKey()).body(r.body())
                        .arrivalTime(r.arrivalTime()).build()).toList();
                int failed = function.deliverInOrder(records, context);
                return failed < 0 ? new Delivery(Set.of(), List.of()) : failed(batch.ids().subList(failed,
                        records.size()), "Function '" + function.name() + "' did not handle record "
                        + records.get(failed).sequence() + "; it and the later ones will be delivered again");
            }
            if (event instanceof WireEvent.Changes changes) {
                // One partition's batch, handed over in order; the cloud resumes from the failed change.
                List<io.portablefn.api.Change<byte[]>> batch = new ArrayList<>();
                for (WireChange c : changes.changes()) {
                    var change = io.portablefn.api.Change.<byte[]>builder().kind(c.kind()).position(c.position())
                            .time(c.time()).newItem(bytes(c.newItem())).oldItem(bytes(c.oldItem()));
                    c.key().forEach(change::key);
                    batch.add(change.build());
                }
                int failed = function.deliverInOrder(batch, context);
                return failed < 0 ? new Delivery(Set.of(), List.of()) : new Delivery(
                        Set.copyOf(changes.ids().subList(failed, batch.size())), List.of());
            }
            WireEvent.Firing firing = (WireEvent.Firing) event;
            ScheduleEvent schedule = new ScheduleEvent(firing.id(), firing.scheduledTime(), firing.pastDue());
            return settle(firing.id(), function, function.deliver(schedule, context).redeliver());
        } catch (IllegalArgumentException wrongKind) {
            // EventFunction's own refusal of an event of another kind: an invocation error.
            return failed(event.ids(), wrongKind.getMessage());
        }
    }

    /** The message as the model's cloud delivers it; a subclass may deliver it differently. */
    protected Message message(WireMessage sent) {
        Message.Builder message = Message.builder().id(sent.id()).body(sent.body())
                .deliveryCount(sent.deliveryCount() == null ? 1 : sent.deliveryCount())
                .publishTime(sent.publishTime()).orderingKey(sent.orderingKey());
        sent.attributes().forEach(message::attribute);
        return message.build();
    }

    private static StorageEvent storage(WireEvent.StorageChange change) {
        StorageEvent.Builder event = StorageEvent.builder().id(change.id()).kind(change.kind()).bucket(change.bucket())
                .key(change.key()).etag(change.etag()).contentType(change.contentType()).eventTime(change.time())
                .version(change.version());
        if (change.size() != null) {
            event.size(change.size());
        }
        return event.build();
    }

    private static byte[] bytes(String json) {
        return json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Delivery settle(String id, EventFunction function, boolean redeliver) {
        return redeliver ? failed(List.of(id), "Function '" + function.name() + "' did not handle event " + id
                + "; it will be delivered again") : new Delivery(Set.of(), List.of());
    }

    private static Delivery failed(List<String> ids, String error) {
        return new Delivery(Set.copyOf(ids), List.of(error));
    }
}
