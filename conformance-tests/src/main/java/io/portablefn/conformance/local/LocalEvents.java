package io.portablefn.conformance.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.conformance.events.WireRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.TreeMap;

/**
 * The JSON a developer posts to the local server's {@code /_portablefn/events/{function}} for a
 * neutral event, with the fields docs/local-server.md ("What to post") lists: all messages of an
 * event as one batch, a text body as {@code body} and any other bytes as {@code bodyBase64}; a
 * storage change or a firing as one event; stream records as one {@code records} batch. What the case leaves out is left out here, so the
 * server picks it as it does for a developer (a fresh publish time, a delivery count of 1).
 */
final class LocalEvents {

    private LocalEvents() {
    }

    /** The body to post for {@code event} to {@code function}. */
    static ObjectNode body(EventFunction function, WireEvent event) {
        if (event instanceof WireEvent.Messages messages) {
            ObjectNode root = Json.mapper().createObjectNode();
            messages.messages().forEach(message -> root.withArray("messages").add(message(message)));
            return root;
        }
        if (event instanceof WireEvent.StorageChange change) {
            return storage(change);
        }
        if (event instanceof WireEvent.Records records) {
            ObjectNode root = Json.mapper().createObjectNode();
            records.records().forEach(record -> root.withArray("records").add(record(record)));
            return root;
        }
        if (event instanceof WireEvent.Changes changes) {
            ObjectNode root = Json.mapper().createObjectNode();
            changes.changes().forEach(change -> root.withArray("changes").add(change(change)));
            return root;
        }
        if (event instanceof WireEvent.Firing firing) {
            return Json.mapper().createObjectNode().put("id", firing.id())
                    .put("scheduledTime", time(firing.scheduledTime())).put("pastDue", firing.pastDue());
        }
        return foreign(function, (WireEvent.Foreign) event);
    }

    /** A change as docs/local-server.md spells it: kind, key, items as JSON, position and time. */
    private static ObjectNode change(io.portablefn.conformance.events.WireChange change) {
        ObjectNode node = Json.mapper().createObjectNode().put("kind", change.kind().name());
        ObjectNode key = node.putObject("key");
        change.key().forEach(key::put);
        try {
            if (change.newItem() != null) {
                node.set("newItem", Json.mapper().readTree(change.newItem()));
            }
            if (change.oldItem() != null) {
                node.set("oldItem", Json.mapper().readTree(change.oldItem()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a case's item is not JSON: " + e.getOriginalMessage(), e);
        }
        return node.put("position", change.position()).put("time", time(change.time()));
    }

    private static ObjectNode message(WireMessage message) {
        ObjectNode node = Json.mapper().createObjectNode().put("id", message.id());
        String text = utf8(message.body());
        if (text != null) {
            node.put("body", text);
        } else {
            node.put("bodyBase64", Base64.getEncoder().encodeToString(message.body()));
        }
        if (!message.attributes().isEmpty()) {
            ObjectNode attributes = node.putObject("attributes");
            new TreeMap<>(message.attributes()).forEach(attributes::put);
        }
        putIfSet(node, "orderingKey", message.orderingKey());
        if (message.deliveryCount() != null) {
            node.put("deliveryCount", message.deliveryCount());
        }
        putIfSet(node, "publishTime", time(message.publishTime()));
        return node;
    }

    private static ObjectNode record(WireRecord record) {
        ObjectNode node = Json.mapper().createObjectNode().put("sequence", record.sequence());
        putIfSet(node, "partitionKey", record.partitionKey());
        String text = utf8(record.body());
        if (text != null) {
            node.put("body", text);
        } else {
            node.put("bodyBase64", Base64.getEncoder().encodeToString(record.body()));
        }
        putIfSet(node, "arrivalTime", time(record.arrivalTime()));
        return node;
    }

    private static ObjectNode storage(WireEvent.StorageChange change) {
        ObjectNode node = Json.mapper().createObjectNode().put("id", change.id()).put("kind", change.kind().name())
                .put("bucket", change.bucket()).put("key", change.key());
        if (change.size() != null) {
            node.put("size", change.size());
        }
        putIfSet(node, "etag", change.etag());
        putIfSet(node, "contentType", change.contentType());
        putIfSet(node, "eventTime", time(change.time()));
        putIfSet(node, "version", change.version());
        return node;
    }

    // What a developer posting to the wrong function would send: a storage event to a queue,
    // topic or schedule function, a message to a storage function.
    private static ObjectNode foreign(EventFunction function, WireEvent.Foreign foreign) {
        if (function.kind() == EventFunction.Kind.STORAGE) {
            return Json.mapper().createObjectNode().put("id", foreign.id()).put("body", foreign.description());
        }
        return Json.mapper().createObjectNode().put("id", foreign.id()).put("kind", "CREATED")
                .put("bucket", "portablefn-foreign").put("key", "foreign/" + foreign.id());
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
