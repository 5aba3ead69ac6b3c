package io.portablefn.conformance.gcp.events;

import io.portablefn.conformance.events.EventDefinitions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.EventDefinitions;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CloudEvents Eventarc delivers to a Cloud Functions (2nd gen) function, built from neutral
 * events as Google builds them (google-cloudevents' {@code MessagePublishedData} and {@code
 * StorageObjectData}, checked against the samples in ../shared/provider-events/gcp), one event
 * per invocation:
 * <ul>
 *   <li>a message: type {@code google.cloud.pubsub.topic.v1.messagePublished}, source {@code
 *       //pubsub.googleapis.com/projects/PROJECT/topics/TOPIC}, id the message id, time its publish
 *       time; data the Pub/Sub push body {@code {"message": {"attributes", "data" (base64),
 *       "messageId", "message_id", "publishTime", "publish_time", "orderingKey"}, "subscription":
 *       "projects/PROJECT/subscriptions/eventarc-...", "deliveryAttempt"}}, where attributes, data
 *       and ordering key appear only when there are some. {@code deliveryAttempt} (1 on the
 *       first delivery) is there because Pub/Sub counts deliveries for a subscription with a
 *       dead-letter topic, which the contract's "finally dead-lettered" needs. The subscription
 *       Eventarc creates has no message ordering (that can only be set when a subscription is
 *       created), so a failed message does not hold back later ones of its ordering key;</li>
 *   <li>a storage change: type {@code google.cloud.storage.object.v1.finalized} or {@code
 *       deleted}, source {@code //storage.googleapis.com/projects/_/buckets/BUCKET}, subject
 *       {@code objects/KEY} (object names are not encoded), extension {@code bucket}; data the
 *       object resource ({@code kind, id, selfLink, name, bucket, generation, metageneration,
 *       contentType, timeCreated, updated, size} (int64 as a string), {@code etag}, and {@code
 *       timeDeleted} for a deletion), fields the wire event lacks left out;</li>
 *   <li>stream records: one message each, the sequence as its id and the partition key as its
 *       ordering key, delivered one per invocation as above (no ordering on the subscription);</li>
 *   <li>a schedule firing: Cloud Scheduler publishes the job's body (the function's name, as
 *       deploy.sh sets it) to the schedule's topic, so it arrives as a message whose id is the
 *       firing's and whose publish time is the scheduled time; Cloud Scheduler has no notion of a
 *       late run, so {@code pastDue} cannot be expressed;</li>
 *   <li>{@link WireEvent.Foreign}: an event of the other family (a storage event to a message or
 *       schedule function, a message to a storage function).</li>
 * </ul>
 */
final class GcpNativeEvents {

    static final String PROJECT = "portablefn-conformance";
    static final String MESSAGE_PUBLISHED = "google.cloud.pubsub.topic.v1.messagePublished";
    static final String FINALIZED = "google.cloud.storage.object.v1.finalized";
    static final String DELETED = "google.cloud.storage.object.v1.deleted";
    /** The publish time of a wire message that gives none. */
    static final Instant DEFAULT_TIME = Instant.parse("2026-01-15T08:30:00.250Z");

    private GcpNativeEvents() {
    }

    /** The events for {@code event}, in delivery order. */
    static List<NativeCloudEvent> events(EventFunction function, WireEvent event) {
        if (event instanceof WireEvent.Messages messages) {
            return messages.messages().stream().map(message -> message(function, message)).toList();
        }
        if (event instanceof WireEvent.StorageChange change) {
            return List.of(storage(change));
        }
        if (event instanceof WireEvent.Records records) {
            // A Google Cloud stream is a Pub/Sub topic: each record a message published with the
            // partition key as its ordering key, one invocation each (docs/events.md §10).
            return records.records().stream().map(record -> message(function, new WireMessage(record.sequence(),
                    record.body(), Map.of(), null, record.arrivalTime(), record.partitionKey()))).toList();
        }
        if (event instanceof WireEvent.Changes changes) {
            return changes.changes().stream().map(FirestoreEvents::written).toList();
        }
        if (event instanceof WireEvent.Firing firing) {
            WireMessage published = new WireMessage(firing.id(), function.name().getBytes(StandardCharsets.UTF_8),
                    Map.of(), null, firing.scheduledTime(), null);
            return List.of(message(function, published));
        }
        WireEvent.Foreign foreign = (WireEvent.Foreign) event;
        if (function.kind() == EventFunction.Kind.STORAGE) {
            return List.of(message(function, new WireMessage(foreign.id(),
                    foreign.description().getBytes(StandardCharsets.UTF_8), Map.of(), null, null, null)));
        }
        return List.of(storage(new WireEvent.StorageChange(foreign.id(), StorageEvent.Kind.CREATED,
                "portablefn-foreign", "foreign/" + foreign.id(), 1L, null, null, DEFAULT_TIME, null)));
    }

    static NativeCloudEvent message(EventFunction function, WireMessage wire) {
        Instant published = wire.publishTime() == null ? DEFAULT_TIME : wire.publishTime();
        ObjectNode data = Json.mapper().createObjectNode();
        ObjectNode message = data.putObject("message");
        Map<String, String> sent = new TreeMap<>(wire.attributes());
        if (wire.traceparent() != null) {
            // A producer whose Pub/Sub client library traces (OpenTelemetry on) adds the attribute.
            sent.put("googclient_traceparent", wire.traceparent());
        }
        if (!sent.isEmpty()) {
            ObjectNode attributes = message.putObject("attributes");
            sent.forEach(attributes::put);
        }
        if (wire.body().length > 0) {
            message.put("data", Base64.getEncoder().encodeToString(wire.body()));
        }
        message.put("messageId", wire.id());
        message.put("message_id", wire.id());
        message.put("publishTime", published.toString());
        message.put("publish_time", published.toString());
        if (wire.orderingKey() != null) {
            message.put("orderingKey", wire.orderingKey());
        }
        data.put("subscription", "projects/" + PROJECT + "/subscriptions/eventarc-us-central1-" + function.name()
                + "-000-sub-000");
        data.put("deliveryAttempt", wire.deliveryCount() == null ? 1 : wire.deliveryCount());
        return new NativeCloudEvent(wire.id(), MESSAGE_PUBLISHED,
                "//pubsub.googleapis.com/projects/" + PROJECT + "/topics/" + function.name(), null, published, Map.of(),
                bytes(data), List.of(wire.id()));
    }

    static NativeCloudEvent storage(WireEvent.StorageChange change) {
        ObjectNode object = Json.mapper().createObjectNode();
        object.put("kind", "storage#object");
        String generation = change.version();
        object.put("id", change.bucket() + "/" + change.key() + (generation == null ? "" : "/" + generation));
        object.put("selfLink", "https://www.googleapis.com/storage/v1/b/" + change.bucket() + "/o/" + change.key());
        object.put("name", change.key());
        object.put("bucket", change.bucket());
        if (generation != null) {
            object.put("generation", generation);
        }
        object.put("metageneration", "1");
        if (change.contentType() != null) {
            object.put("contentType", change.contentType());
        }
        object.put("timeCreated", change.time().toString());
        object.put("updated", change.time().toString());
        if (change.size() != null) {
            object.put("size", change.size().toString());
        }
        if (change.etag() != null) {
            object.put("etag", change.etag());
        }
        boolean deleted = change.kind() == StorageEvent.Kind.DELETED;
        if (deleted) {
            object.put("timeDeleted", change.time().toString());
        }
        return new NativeCloudEvent(change.id(), deleted ? DELETED : FINALIZED,
                "//storage.googleapis.com/projects/_/buckets/" + change.bucket(), "objects/" + change.key(),
                change.time(), Map.of("bucket", change.bucket()), bytes(object), List.of(change.id()));
    }

    /** The function's definition, {@code Xxx_PortableFunction.FUNCTION}, which must be an event function. */
    static EventFunction definition(Class<?> functionClass) {
        return EventDefinitions.of(functionClass);
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return Json.mapper().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + json, e);
        }
    }
}
