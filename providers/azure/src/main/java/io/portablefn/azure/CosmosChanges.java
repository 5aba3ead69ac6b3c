package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Change;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes what the Cosmos DB trigger binds to a String: the JSON array of the documents of one
 * lease's batch, in change feed (latest version) order (docs/events.md §9 maps every field).
 * Each document is one {@code WRITTEN} change: key {@code {"id": id}}, position {@code _lsn}, time
 * {@code _ts}; its item is the document less Cosmos DB's system properties. The feed has no
 * deletions and no old images.
 */
final class CosmosChanges {

    /** Cosmos DB's own properties, kept out of the bound item (docs/events.md §9.1). */
    static final Set<String> SYSTEM_PROPERTIES = Set.of("_rid", "_self", "_etag", "_attachments", "_ts", "_lsn");

    // Exact decimals: a number in a document reaches the handler with the digits it was stored with.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private CosmosChanges() {
    }

    /**
     * The batch's documents in order, each a change or, from the first one that cannot be decoded,
     * nothing more: {@code problem} then says which document and why.
     */
    record Batch(List<Change<byte[]>> changes, String problem) {
    }

    static Batch decode(String documents) throws BindingValues.Unreadable {
        JsonNode array;
        try {
            array = documents == null ? null : JSON.readTree(documents);
        } catch (JsonProcessingException malformed) {
            throw new BindingValues.Unreadable("the trigger value is not JSON: " + malformed.getOriginalMessage());
        }
        if (array == null || !array.isArray()) {
            throw new BindingValues.Unreadable("the trigger value is not a JSON array of documents");
        }
        List<Change<byte[]>> changes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String problem = problem(array.get(i));
            if (problem != null) {
                return new Batch(changes, "document " + i + " of the batch " + problem);
            }
            changes.add(change((ObjectNode) array.get(i)));
        }
        return new Batch(changes, null);
    }

    /** Why a document cannot be a change, or null when it can. */
    private static String problem(JsonNode document) {
        if (!document.isObject()) {
            return "is not a JSON object";
        }
        if (!document.path("id").isTextual() || document.path("id").asText().isEmpty()) {
            return "has no 'id'";
        }
        JsonNode lsn = document.get("_lsn");
        if (lsn == null || !(lsn.isIntegralNumber() || lsn.isTextual()) || lsn.asText().isEmpty()) {
            return "(id '" + document.path("id").asText() + "') has no '_lsn', its position in the change feed";
        }
        JsonNode ts = document.get("_ts");
        return ts != null && !ts.isIntegralNumber() ? "(id '" + document.path("id").asText() + "') has a '_ts' that"
                + " is not epoch seconds: " + ts : null;
    }

    private static Change<byte[]> change(ObjectNode document) {
        JsonNode ts = document.get("_ts");
        Change.Builder<byte[]> change = Change.<byte[]>builder()
                .kind(Change.Kind.WRITTEN)
                .key("id", document.get("id").asText())
                .position(document.get("_lsn").asText())
                .time(ts == null ? null : Instant.ofEpochSecond(ts.asLong()));
        ObjectNode item = document.deepCopy();
        item.remove(SYSTEM_PROPERTIES);
        try {
            return change.newItem(JSON.writeValueAsBytes(item)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree could not be written back", impossible);
        }
    }
}
