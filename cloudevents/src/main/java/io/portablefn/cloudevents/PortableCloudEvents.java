package io.portablefn.cloudevents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every portable event as a CNCF CloudEvent (spec 1.0, {@code io.cloudevents:cloudevents-core}),
 * for handlers that want the envelope: to forward an event to a CloudEvents sink, or to hand
 * it to a library that takes CloudEvents. The same event gives the same CloudEvent on every
 * cloud, except for {@code source}, which names the cloud. docs/cloudevents.md lists each
 * attribute.
 *
 * <pre>{@code
 * public void handle(Message message, Context context) {
 *     CloudEvent event = PortableCloudEvents.of(message, context);
 *     event.getType();   // "io.portablefn.message.v1"
 *     event.getSource(); // urn:portablefn:aws:orders
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@code id}: the event's id; {@code source}: {@link #source(Context)}; {@code type}: one of
 *     the constants below, per kind;
 * <li>{@code time}: the message's publish time (absent when the cloud does not give one), the
 *     storage event's time, the firing's scheduled time; always UTC;
 * <li>{@code data}: a message's body bytes (none when the body is empty); for a storage event or
 *     a firing, a small JSON document of its fields;
 * <li>{@code subject}: a storage event's object key;
 * <li>extension attributes: each message attribute whose name is a valid extension name (see
 *     {@link #of(Message, Context)}), and {@value #PARTITION_KEY} for the ordering key.
 * </ul>
 * Stateless and thread-safe.
 */
public final class PortableCloudEvents {

    /** The type of every queue or topic message. */
    public static final String MESSAGE_TYPE = "io.portablefn.message.v1";
    /** The type of an object created in a bucket. */
    public static final String STORAGE_CREATED_TYPE = "io.portablefn.storage.object.created.v1";
    /** The type of an object deleted from a bucket. */
    public static final String STORAGE_DELETED_TYPE = "io.portablefn.storage.object.deleted.v1";
    /** The type of a schedule firing. */
    public static final String SCHEDULE_TYPE = "io.portablefn.schedule.fired.v1";
    /**
     * The extension attribute holding a message's ordering key: the CloudEvents Partitioning
     * extension's name, which means exactly that.
     */
    public static final String PARTITION_KEY = "partitionkey";

    private static final String JSON = "application/json";

    private PortableCloudEvents() {
    }

    /**
     * A message as a CloudEvent. Its {@code datacontenttype} is guessed from the body: {@code
     * application/json} when the body is one JSON value, {@code text/plain; charset=utf-8} when
     * it is other UTF-8 text, else {@code application/octet-stream}. When you know better, use
     * {@link #of(Message, Context, String)}.
     *
     * <p>Each attribute becomes an extension attribute of the same name and value if its name is
     * 1 to 20 lower-case ASCII letters and digits (the spec's naming rule, with its advised
     * length) and is not a name the spec or this class uses ({@code id}, {@code source}, {@code
     * type}, {@code time}, {@code data}, {@value #PARTITION_KEY}, ...). Other attributes, such
     * as {@code Content-Type}, {@code tenant_id} or {@code x.y}, are left out rather than renamed,
     * since renaming could merge two of them; read them from {@link Message#attributes()}.
     */
    public static CloudEvent of(Message message, Context context) {
        byte[] body = message.body();
        return of(message, context, body, body.length == 0 ? null : DataContentType.guess(body));
    }

    /**
     * A message as a CloudEvent whose body has this content type, such as {@code
     * "application/json"} or {@code "application/xml"}; otherwise as {@link #of(Message, Context)}.
     *
     * @throws IllegalArgumentException if {@code dataContentType} is blank
     */
    public static CloudEvent of(Message message, Context context, String dataContentType) {
        if (Objects.requireNonNull(dataContentType, "dataContentType").isBlank()) {
            throw new IllegalArgumentException("dataContentType must be a media type such as application/json,"
                    + " not blank");
        }
        byte[] body = message.body();
        return of(message, context, body, body.length == 0 ? null : dataContentType);
    }

    private static CloudEvent of(Message message, Context context, byte[] body, String contentType) {
        CloudEventBuilder event = envelope(message.id(), context, MESSAGE_TYPE, message.publishTime().orElse(null));
        if (contentType != null) {
            event.withData(contentType, body);
        }
        for (Map.Entry<String, String> attribute : message.attributes().entrySet()) {
            if (ExtensionNames.usable(attribute.getKey())) {
                event.withExtension(attribute.getKey(), attribute.getValue());
            }
        }
        message.orderingKey().ifPresent(key -> event.withExtension(PARTITION_KEY, key));
        return event.build();
    }

    /**
     * A storage event as a CloudEvent: type {@value #STORAGE_CREATED_TYPE} or {@value
     * #STORAGE_DELETED_TYPE}, subject the object's key, and as data the JSON document {@code
     * {"kind","bucket","key","size","etag","contentType","version","eventTime"}} (fields the
     * cloud did not give are left out).
     */
    public static CloudEvent of(StorageEvent event, Context context) {
        String type = event.kind() == StorageEvent.Kind.CREATED ? STORAGE_CREATED_TYPE : STORAGE_DELETED_TYPE;
        return envelope(event.id(), context, type, event.eventTime())
                .withSubject(event.key())
                .withData(JSON, EventDocuments.storage(event))
                .build();
    }

    /**
     * A schedule firing as a CloudEvent: type {@value #SCHEDULE_TYPE}, time the scheduled time,
     * and as data the JSON document {@code {"scheduledTime": "...", "pastDue": false}}.
     */
    public static CloudEvent of(ScheduleEvent event, Context context) {
        return envelope(event.id(), context, SCHEDULE_TYPE, event.scheduledTime())
                .withData(JSON, EventDocuments.schedule(event))
                .build();
    }

    /**
     * The {@code source} of every event a function receives: {@code
     * urn:portablefn:<provider>:<function>}, such as {@code urn:portablefn:aws:orders}, with the
     * provider in lower case ({@code aws}, {@code azure}, {@code gcp}, {@code local}). An
     * absolute URI, as the spec asks; together with the cloud's event id it is unique per event.
     */
    public static URI source(Context context) {
        return URI.create("urn:portablefn:" + context.provider().name().toLowerCase(Locale.ROOT) + ":"
                + uriSafe(context.functionName()));
    }

    private static CloudEventBuilder envelope(String id, Context context, String type, Instant time) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source(context))
                .withType(type);
        if (time != null) {
            event.withTime(OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        }
        return event;
    }

    // Function names are letters, digits and '-' already; anything else is percent-encoded so
    // that a name from elsewhere (a test's context, say) still makes a valid URN.
    private static String uriSafe(String name) {
        StringBuilder safe = new StringBuilder(name.length());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_') {
                safe.append(c);
            } else {
                safe.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return safe.toString();
    }
}
