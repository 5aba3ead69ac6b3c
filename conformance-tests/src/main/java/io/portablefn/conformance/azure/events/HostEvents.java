package io.portablefn.conformance.azure.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.azure.HostActivity;
import io.portablefn.conformance.azure.events.HostInvocation.Metadata;
import io.portablefn.conformance.azure.events.HostInvocation.Typed;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.runtime.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the host and its extensions make of each event, per trigger: the trigger value and the
 * trigger metadata, with the names and types each extension gives them (Storage queues:
 * QueueTriggerBinding of Microsoft.Azure.WebJobs.Extensions.Storage.Queues 5.x; Service Bus:
 * ServiceBusTriggerBindingStrategy of the 5.x extension; Event Grid: the Blob Storage event schema;
 * timers: TimerInfo of azure-webjobs-sdk-extensions). A trigger declared with
 * {@code dataType = "binary"} gets the message's bytes, any other a string, whose JSON the host
 * then merges over the metadata ({@link BodyBindingData}).
 */
final class HostEvents {

    /** Where a message without a publish time is said to have been sent. */
    static final Instant FIXED_TIME = Instant.parse("2025-01-01T00:00:00Z");
    private static final String ACCOUNT = "portablefn";

    private HostEvents() {
    }

    /**
     * A Storage queue message the host read (base64 already undone, as messageEncoding base64, the
     * default, does). Storage queues have no attributes: the message's are dropped.
     */
    static HostInvocation storageQueue(WireMessage message, boolean binary) {
        Instant inserted = message.publishTime() == null ? FIXED_TIME : message.publishTime();
        Metadata metadata = new Metadata()
                .string("QueueTrigger", utf8(message.body()))
                .json("DequeueCount", Long.toString(count(message)))
                .json("ExpirationTime", HostInvocation.netDate(inserted.plus(Duration.ofDays(7)), "+00:00"))
                .string("Id", message.id())
                .json("InsertionTime", HostInvocation.netDate(inserted, "+00:00"))
                .json("NextVisibleTime", HostInvocation.netDate(inserted.plus(Duration.ofMinutes(10)), "+00:00"))
                .string("PopReceipt", "AgAAAAMAAAAAAAAA" + message.id().hashCode());
        Typed trigger = body(message.body(), binary);
        // A Storage queue message carries no trace context: the host's activity starts a trace.
        return new HostInvocation(UUID.randomUUID().toString(), trigger, BodyBindingData.merge(trigger,
                metadata.build()), HostActivity.child(null, null, message.id()).traceparent());
    }

    /**
     * A Service Bus message (queue or subscription): MessageId, DeliveryCount, the enqueue time as
     * EnqueuedTimeUtc (a DateTime of unspecified kind) and EnqueuedTime, the application
     * properties as ApplicationProperties and UserProperties, SessionId when the message has one.
     */
    static HostInvocation serviceBus(WireMessage message, long sequenceNumber, boolean binary) {
        Instant enqueued = message.publishTime() == null ? FIXED_TIME : message.publishTime();
        ObjectNode properties = Json.mapper().createObjectNode();
        message.attributes().forEach(properties::put);
        if (message.traceparent() != null) {
            // The Service Bus SDK's tracing puts the producer's traceparent in Diagnostic-Id.
            properties.put("Diagnostic-Id", message.traceparent());
        }
        Metadata metadata = new Metadata()
                .json("DeliveryCount", Long.toString(count(message)))
                .string("LockToken", UUID.nameUUIDFromBytes(message.id().getBytes(StandardCharsets.UTF_8)).toString())
                .json("ExpiresAtUtc", "\"9999-12-31T23:59:59.9999999\"")
                .json("ExpiresAt", "\"9999-12-31T23:59:59.9999999+00:00\"")
                .json("EnqueuedTimeUtc", HostInvocation.netDate(enqueued, ""))
                .json("EnqueuedTime", HostInvocation.netDate(enqueued, "+00:00"))
                .string("MessageId", message.id())
                .json("SequenceNumber", Long.toString(sequenceNumber))
                .json("ApplicationProperties", properties.toString())
                .json("UserProperties", properties.toString())
                .string("SessionId", message.orderingKey());
        Typed trigger = body(message.body(), binary);
        // The host's activity continues the message's Diagnostic-Id: its trace, a span of its own.
        return new HostInvocation(UUID.randomUUID().toString(), trigger, BodyBindingData.merge(trigger,
                metadata.build()), HostActivity.child(message.traceparent(), null, message.id()).traceparent());
    }

    // A queue or Service Bus invocation: the host merges a string body's JSON over the metadata.
    private static HostInvocation invocation(Typed trigger, Map<String, Typed> metadata) {
        return new HostInvocation(UUID.randomUUID().toString(), trigger, BodyBindingData.merge(trigger, metadata));
    }

    /** A Blob Storage event in the Event Grid schema, one per invocation (maxEventsPerBatch 1). */
    static HostInvocation eventGrid(WireEvent.StorageChange change) {
        return eventGrid(blobEvent(change).toString());
    }

    /** An Event Grid event as the trigger's value: its JSON, which the worker binds to a String. */
    static HostInvocation eventGrid(String json) {
        return new HostInvocation(UUID.randomUUID().toString(), Typed.json(json), new Metadata().build());
    }

    /**
     * The event Blob Storage publishes (docs: event-schema-blob-storage): subject
     * {@code /blobServices/default/containers/<c>/blobs/<name>} with the name as it is, data.url
     * with the name percent-encoded. A deletion carries no contentLength or eTag; no event carries
     * a version.
     */
    static ObjectNode blobEvent(WireEvent.StorageChange change) {
        boolean created = change.kind() == StorageEvent.Kind.CREATED;
        ObjectNode event = Json.mapper().createObjectNode()
                .put("topic", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/portablefn"
                        + "/providers/Microsoft.Storage/storageAccounts/" + ACCOUNT)
                .put("subject", "/blobServices/default/containers/" + change.bucket() + "/blobs/" + change.key())
                .put("eventType", created ? "Microsoft.Storage.BlobCreated" : "Microsoft.Storage.BlobDeleted")
                .put("eventTime", change.time().toString())
                .put("id", change.id());
        ObjectNode data = event.putObject("data").put("api", created ? "PutBlob" : "DeleteBlob")
                .put("requestId", UUID.nameUUIDFromBytes(change.id().getBytes(StandardCharsets.UTF_8)).toString());
        if (created && change.etag() != null) {
            data.put("eTag", change.etag());
        }
        if (change.contentType() != null) {
            data.put("contentType", change.contentType());
        }
        if (created && change.size() != null) {
            data.put("contentLength", change.size());
        }
        data.put("blobType", "BlockBlob")
                .put("url", "https://" + ACCOUNT + ".blob.core.windows.net/" + change.bucket() + "/" + encodePath(change.key()))
                .put("sequencer", "0000000000000000000000000000000000000000000000000");
        return event.put("dataVersion", "").put("metadataVersion", "1");
    }

    /**
     * A timer firing: TimerInfo as JSON. ScheduleStatus holds the status as the listener had it
     * before this run: Next is the occurrence firing now (or, past due, the one missed); Last and
     * LastUpdated are .NET's default date, as for a timer's first run. The invocation id is the
     * firing's id.
     */
    static HostInvocation timer(WireEvent.Firing firing) {
        ObjectNode info = Json.mapper().createObjectNode();
        info.putObject("Schedule").put("AdjustForDST", true);
        String next = HostInvocation.netDate(firing.scheduledTime(), "+00:00");
        info.putObject("ScheduleStatus").put("Last", "0001-01-01T00:00:00")
                .put("Next", next.substring(1, next.length() - 1)).put("LastUpdated", "0001-01-01T00:00:00");
        info.put("IsPastDue", firing.pastDue());
        return new HostInvocation(firing.id(), Typed.json(info.toString()), new Metadata().build());
    }

    private static Typed body(byte[] body, boolean binary) {
        // As a string, the extensions decode the bytes as UTF-8 (invalid bytes become U+FFFD).
        return binary ? Typed.bytes(body) : Typed.string(new String(body, StandardCharsets.UTF_8));
    }

    private static long count(WireMessage message) {
        return message.deliveryCount() == null ? 1 : message.deliveryCount();
    }

    // QueueTrigger is left out when the message is not valid UTF-8 (QueueMessage.TryGetAsString).
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    // Percent-encodes all but RFC 3986 unreserved characters and '/', as a blob URL holds a name.
    static String encodePath(String key) {
        StringBuilder out = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
