package io.portablefn.conformance.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What event functions saw, for the conformance suite to compare with a case's {@code seen}
 * expectation. A function calls one of the recording methods with the event it was handed, and
 * the suite reads the views after the delivery. Recording costs nothing when no suite is
 * watching the function (in production), so a function can record unconditionally:
 *
 * <pre>{@code
 * public void handle(Message message, Context context) {
 *     Seen.message(PlaceOrder.class, message);
 *     ...
 * }
 * }</pre>
 *
 * <p>In the suite's own JVM a view goes to the {@link Watch} the suite holds. In a JVM a target
 * starts for a cloud's real runtime, the target sets {@value SeenLog#PROPERTY}, and each view is
 * appended to that file as one JSON line, which the target relays into the suite's watch after
 * each call ({@link SeenLog}); so every target is judged on the function's own observation.
 * Each view is a JSON object whose fields docs/conformance.md lists: for a message {@code id,
 * body, bodyBase64, attributes, deliveryCount, publishTime, orderingKey} (and {@code typed}, the
 * bound body, and {@code traceparent}, the trace context it was handed), for a storage event {@code id, kind, bucket, key, size, etag, contentType,
 * eventTime, version}, for a firing {@code id, scheduledTime, pastDue}, for a stream record
 * {@code sequence, partitionKey, arrivalTime, body, bodyBase64} (and {@code typed}); what the cloud did not
 * give is {@code null}.
 */
public final class Seen {

    /** One event as a function saw it. */
    public record View(String id, ObjectNode fields) {
    }

    private static final Map<String, Watch> WATCHED = new ConcurrentHashMap<>();
    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private Seen() {
    }

    /** Records a message as {@code function} (the {@code @Function} class) saw it. */
    public static void message(Class<?> function, Message message) {
        record(function, message.id(), messageView(message));
    }

    /**
     * Records a message as {@code function} saw it, with the {@code traceparent} of the trace
     * context it was handed ({@code Context.traceContext()}).
     */
    public static void message(Class<?> function, Message message, Context context) {
        ObjectNode view = messageView(message);
        view.put("traceparent", context.traceContext().traceparent());
        record(function, message.id(), view);
    }

    /** Records a message and the body a typed handler of {@code function} was given, bound. */
    public static void typedMessage(Class<?> function, Message message, Object body) {
        ObjectNode view = messageView(message);
        view.set("typed", Json.mapper().valueToTree(body));
        record(function, message.id(), view);
    }

    /** Records a storage event as {@code function} saw it. */
    public static void storage(Class<?> function, StorageEvent event) {
        ObjectNode view = Json.mapper().createObjectNode();
        view.put("id", event.id());
        view.put("kind", event.kind().name());
        view.put("bucket", event.bucket());
        view.put("key", event.key());
        view.set("size", event.size().isPresent() ? view.numberNode(event.size().getAsLong()) : view.nullNode());
        view.put("etag", event.etag().orElse(null));
        view.put("contentType", event.contentType().orElse(null));
        view.put("eventTime", time(event.eventTime()));
        view.put("version", event.version().orElse(null));
        record(function, event.id(), view);
    }

    /** Records a schedule firing as {@code function} saw it. */
    public static void schedule(Class<?> function, ScheduleEvent event) {
        ObjectNode view = Json.mapper().createObjectNode();
        view.put("id", event.id());
        view.put("scheduledTime", time(event.scheduledTime()));
        view.put("pastDue", event.pastDue());
        record(function, event.id(), view);
    }

    /** Records a stream record as {@code function} saw it; its id is its sequence. */
    public static void streamRecord(Class<?> function, StreamRecord record) {
        record(function, record.sequence(), recordView(record));
    }

    /** Records a stream record and the body a typed handler of {@code function} was given, bound. */
    public static void typedStreamRecord(Class<?> function, StreamRecord record, Object body) {
        ObjectNode view = recordView(record);
        view.set("typed", Json.mapper().valueToTree(body));
        record(function, record.sequence(), view);
    }

    private static ObjectNode recordView(StreamRecord record) {
        ObjectNode view = Json.mapper().createObjectNode();
        byte[] body = record.body();
        view.put("sequence", record.sequence());
        view.put("partitionKey", record.partitionKey().orElse(null));
        view.put("arrivalTime", record.arrivalTime().map(Seen::time).orElse(null));
        view.put("body", utf8(body));
        view.put("bodyBase64", Base64.getEncoder().encodeToString(body));
        return view;
    }

    /**
     * Records a change as {@code function} saw it: its position (the id), kind, key, items (as
     * the handler's type writes them back to JSON) and time.
     */
    public static void change(Class<?> function, io.portablefn.api.Change<?> change) {
        ObjectNode view = Json.mapper().createObjectNode();
        view.put("position", change.position());
        view.put("kind", change.kind().name());
        ObjectNode key = view.putObject("key");
        new TreeMap<>(change.key()).forEach(key::put);
        view.set("newItem", change.newItem().<com.fasterxml.jackson.databind.JsonNode>map(Json.mapper()::valueToTree)
                .orElse(view.nullNode()));
        view.set("oldItem", change.oldItem().<com.fasterxml.jackson.databind.JsonNode>map(Json.mapper()::valueToTree)
                .orElse(view.nullNode()));
        view.put("time", change.time().map(Seen::time).orElse(null));
        record(function, change.position(), view);
    }

    /**
     * Starts recording what {@code function} sees, until the watch is closed. One watch per
     * function at a time: a second caller waits, so two runs in one JVM never mix their views.
     */
    public static Watch watch(Class<?> function) {
        String key = function.getName();
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        Watch watch = new Watch(key, lock);
        WATCHED.put(key, watch);
        return watch;
    }

    private static void record(Class<?> function, String id, ObjectNode view) {
        if (SeenLog.CHILD_FILE != null) {
            SeenLog.append(function.getName(), new View(id, view));
        } else {
            relay(function.getName(), new View(id, view));
        }
    }

    /** Hands a view recorded for the function class named {@code function} to its watch, if one is open. */
    static void relay(String function, View view) {
        Watch watch = WATCHED.get(function);
        if (watch != null) {
            watch.views.add(view);
        }
    }

    private static ObjectNode messageView(Message message) {
        ObjectNode view = Json.mapper().createObjectNode();
        byte[] body = message.body();
        view.put("id", message.id());
        view.put("body", utf8(body));
        view.put("bodyBase64", Base64.getEncoder().encodeToString(body));
        ObjectNode attributes = view.putObject("attributes");
        new TreeMap<>(message.attributes()).forEach(attributes::put);
        view.set("deliveryCount", message.deliveryCount().isPresent()
                ? view.numberNode(message.deliveryCount().getAsInt()) : view.nullNode());
        view.put("publishTime", message.publishTime().map(Seen::time).orElse(null));
        view.put("orderingKey", message.orderingKey().orElse(null));
        return view;
    }

    /** The text, or null when the bytes are not UTF-8 (then only {@code bodyBase64} shows them). */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    /** Instants as ISO-8601 in UTC, as {@link Instant#toString()} writes them; case files are normalised alike. */
    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A recording in progress; {@link #close()} ends it and lets the next one start. */
    public static final class Watch implements AutoCloseable {
        private final String key;
        private final ReentrantLock lock;
        private final List<View> views = Collections.synchronizedList(new ArrayList<>());

        private Watch(String key, ReentrantLock lock) {
            this.key = key;
            this.lock = lock;
        }

        /** What the function saw since the watch started, in the order it saw it. */
        public List<View> views() {
            synchronized (views) {
                return List.copyOf(views);
            }
        }

        @Override
        public void close() {
            WATCHED.remove(key, this);
            lock.unlock();
        }
    }
}
