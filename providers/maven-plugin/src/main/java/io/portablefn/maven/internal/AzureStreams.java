package io.portablefn.maven.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The function.json of a stream function as Microsoft's azure-functions-maven-plugin 1.30.0
 * writes it for the generated method (golden: src/test/resources/azure-events/clicks): the Event
 * Hubs trigger of cardinality many with binary bodies, the poison queue's output binding, and the
 * method's {@code @ExponentialBackoffRetry} as {@code retry} (docs/events.md §10.2).
 */
final class AzureStreams {

    static final String EVENT_HUB_CONNECTION = "EventHubConnection";
    static final String STORAGE_CONNECTION = "AzureWebJobsStorage";

    private AzureStreams() {
    }

    static void bindings(ObjectNode json, ArrayNode bindings, Manifest.Trigger trigger) {
        String stream = trigger.attribute("stream");
        bindings.addObject().put("type", "eventHubTrigger").put("direction", "in").put("name", "events")
                .put("dataType", "binary").put("connection", EVENT_HUB_CONNECTION).put("eventHubName", stream)
                .put("cardinality", "MANY");
        bindings.addObject().put("type", "queue").put("direction", "out").put("name", "poison")
                .put("queueName", stream + "-poison").put("connection", STORAGE_CONNECTION);
        json.putObject("retry").put("strategy", "exponentialBackoff")
                .put("maxRetryCount", Integer.parseInt(trigger.attribute("retries")))
                .put("minimumInterval", "00:00:05").put("maximumInterval", "00:05:00");
    }

    /** What a user sets up in Azure for a stream function. */
    static String setup(String name, Manifest.Trigger trigger) {
        String stream = trigger.attribute("stream");
        return "Azure function '" + name + "' reads Event Hub '" + stream + "' (consumer group $Default): set app"
                + " setting " + EVENT_HUB_CONNECTION + " (a connection string, or " + EVENT_HUB_CONNECTION
                + "__fullyQualifiedNamespace for a managed identity); records given up after "
                + trigger.attribute("retries") + " retries go to Storage queue '" + stream + "-poison' of the app's"
                + " storage account (" + STORAGE_CONNECTION + "); the batch size is host.json's"
                + " extensions.eventHubs.maxEventBatchSize (100 by default)";
    }
}
