package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Reads an SQS partial batch response as Lambda does with {@code ReportBatchItemFailures} on
 * (AWS Lambda developer guide, "Handling errors for an SQS event source"): nothing, {@code null},
 * an empty object or an empty or null {@code batchItemFailures} list is a complete success; the
 * listed {@code itemIdentifier}s fail; an answer that is not JSON, or an item whose identifier is
 * missing, empty, null or not a message of the batch, fails the whole batch.
 */
final class BatchResponse {

    private BatchResponse() {
    }

    /**
     * Adds the failed ids to {@code failed}.
     *
     * @return null, or why Lambda takes the answer as the whole batch failing
     */
    static String failures(byte[] answer, List<String> batch, Set<String> failed) {
        if (answer.length == 0) {
            return null;
        }
        JsonNode response;
        try {
            response = NativeEvents.JSON.readTree(answer);
        } catch (IOException notJson) {
            return "batch response is not JSON: " + new String(answer, StandardCharsets.UTF_8);
        }
        if (response == null || response.isNull() || response.isObject() && response.path("batchItemFailures").isNull()) {
            return null;
        }
        JsonNode items = response.path("batchItemFailures");
        if (!response.isObject() || !items.isMissingNode() && !items.isArray()) {
            return "batch response is not {\"batchItemFailures\":[...]}: " + response;
        }
        for (JsonNode item : items) {
            JsonNode id = item.path("itemIdentifier");
            if (!id.isTextual() || id.asText().isEmpty() || !batch.contains(id.asText())) {
                return "batch response names an item that is not a message of the batch: " + item;
            }
            failed.add(id.asText());
        }
        return null;
    }
}
