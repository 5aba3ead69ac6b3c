package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an Event Hubs trigger's batch (cardinality many) into stream records: the bodies come
 * as the {@code byte[][]} trigger value, and the rest from the trigger metadata
 * {@code SystemPropertiesArray}, one JSON object per event in the batch's order.
 *
 * <p>The extension fills each object with the event's AMQP system properties and then sets
 * {@code SequenceNumber} (a number), {@code Offset}, {@code PartitionKey} (null when the sender gave
 * none) and {@code EnqueuedTimeUtc} (a .NET DateTime of unspecified kind, written without an offset,
 * in UTC): {@code GetSystemPropertiesForBinding} in
 * sdk/eventhub/Microsoft.Azure.WebJobs.Extensions.EventHubs/src/Triggers/EventHubTriggerBindingStrategy.cs
 * (Azure/azure-sdk-for-net). Those four names are read; the {@code x-opt-*} annotations beside
 * them are not needed.
 */
final class EventHubRecords {

    /** One event of the batch: its record and its offset in the partition (for the poison queue). */
    record Event(StreamRecord record, String offset) {
    }

    private EventHubRecords() {
    }

    /** The batch's records, in order; Unreadable names the event and the problem, never a body. */
    static List<Event> decode(byte[][] bodies, String systemPropertiesArray) throws BindingValues.Unreadable {
        byte[][] events = bodies == null ? new byte[0][] : bodies;
        JsonNode properties = properties(systemPropertiesArray);
        if (properties.size() != events.length) {
            throw new BindingValues.Unreadable("SystemPropertiesArray has " + properties.size() + " entries for "
                    + events.length + " events");
        }
        List<Event> decoded = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            decoded.add(event(i, properties.get(i), events[i]));
        }
        return decoded;
    }

    private static JsonNode properties(String json) throws BindingValues.Unreadable {
        if (json == null || json.isBlank()) {
            throw new BindingValues.Unreadable("the trigger metadata has no SystemPropertiesArray");
        }
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (node == null || !node.isArray()) {
                throw new BindingValues.Unreadable("SystemPropertiesArray is not a JSON array");
            }
            return node;
        } catch (JsonProcessingException invalid) {
            throw new BindingValues.Unreadable("SystemPropertiesArray is not JSON");
        }
    }

    private static Event event(int index, JsonNode properties, byte[] body) throws BindingValues.Unreadable {
        String where = "event " + index + " of the batch";
        if (!properties.isObject()) {
            throw new BindingValues.Unreadable("the system properties of " + where + " are not a JSON object");
        }
        JsonNode sequence = properties.path("SequenceNumber");
        if (!sequence.isIntegralNumber() && !(sequence.isTextual() && sequence.asText().matches("\\d{1,19}"))) {
            throw new BindingValues.Unreadable(where + " has no whole SequenceNumber");
        }
        JsonNode key = properties.path("PartitionKey");
        Instant enqueued = null;
        JsonNode time = properties.path("EnqueuedTimeUtc");
        if (time.isTextual()) {
            enqueued = BindingValues.instant(time.asText());
            if (enqueued == null) {
                throw new BindingValues.Unreadable("EnqueuedTimeUtc of " + where + " is not an ISO-8601 date and time");
            }
        }
        StreamRecord record = StreamRecord.builder()
                .partitionKey(key.isTextual() ? key.asText() : null)
                .sequence(sequence.asText())
                .arrivalTime(enqueued)
                .body(body)
                .build();
        JsonNode offset = properties.path("Offset");
        return new Event(record, offset.isValueNode() && !offset.isNull() ? offset.asText() : null);
    }
}
