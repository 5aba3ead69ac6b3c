package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The messages an Event Hubs function writes to its poison queue {@code <stream>-poison} for the
 * records it gives up (docs/events.md §10.2): Event Hubs has no dead-letter queue, and the host
 * checkpoints past a batch once the function's retries are spent, so these messages are where a
 * person finds them. One JSON object per record, with the body in base64 while the message stays
 * under the Storage queue's limit.
 */
final class PoisonRecords {

    /**
     * Storage queue messages hold 64 KiB, and the extension base64-encodes them by default: 48 KiB
     * of JSON fit.
     */
    static final int MAX_MESSAGE_BYTES = 48 * 1024;

    private PoisonRecords() {
    }

    /** One message per record, in the batch's order. */
    static List<String> messages(String function, List<EventHubRecords.Event> given, String problem) {
        List<String> messages = new ArrayList<>(given.size());
        for (EventHubRecords.Event event : given) {
            messages.add(message(function, event, problem));
        }
        return messages;
    }

    /** Messages for a batch that could not be decoded: the bodies alone, with the problem. */
    static List<String> undecoded(String function, byte[][] bodies, String problem) {
        List<String> messages = new ArrayList<>();
        for (byte[] body : bodies == null ? new byte[0][] : bodies) {
            ObjectNode json = base(function, problem);
            messages.add(withBody(json, body));
        }
        return messages;
    }

    private static String message(String function, EventHubRecords.Event event, String problem) {
        StreamRecord record = event.record();
        ObjectNode json = base(function, problem);
        json.put("partitionKey", record.partitionKey().orElse(null));
        json.put("sequence", record.sequence());
        json.put("offset", event.offset());
        json.put("enqueuedTime", record.arrivalTime().map(Object::toString).orElse(null));
        return withBody(json, record.body());
    }

    private static ObjectNode base(String function, String problem) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("function", function);
        json.put("problem", problem);
        return json;
    }

    private static String withBody(ObjectNode json, byte[] body) {
        String without = text(json);
        String encoded = Base64.getEncoder().encodeToString(body);
        if (without.getBytes(StandardCharsets.UTF_8).length + encoded.length() + 12 <= MAX_MESSAGE_BYTES) {
            json.put("body", encoded);
        } else {
            json.put("bodyOmitted", "the body (" + body.length + " bytes) does not fit a Storage queue message;"
                    + " read the event from the Event Hub by its sequence number while the hub retains it");
        }
        return text(json);
    }

    private static String text(ObjectNode json) {
        try {
            return Json.mapper().writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
