package io.portablefn.conformance.azure.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Change;
import io.portablefn.conformance.azure.events.HostInvocation.Typed;
import io.portablefn.conformance.events.WireChange;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What the Cosmos DB trigger hands the worker for a batch of changes: the latest-version change
 * feed's documents as one JSON array (docs/events.md §9). Each document is the item with its
 * {@code id} and Cosmos DB's system properties ({@code _rid}, {@code _self}, {@code _etag},
 * {@code _attachments}, {@code _ts} in epoch seconds, {@code _lsn} the position), shaped like the
 * document of azure-sdk-for-java's change feed tests; a deletion is not in the feed at all, and
 * an update carries no old image. No trigger metadata is sent.
 */
final class CosmosFeed {

    /** One invocation's documents and the positions they carry. */
    record Batch(List<String> ids, HostInvocation host) {
    }

    private CosmosFeed() {
    }

    static Optional<Batch> batch(WireEvent.Changes changes) {
        ArrayNode documents = Json.mapper().createArrayNode();
        List<WireChange> fed = changes.changes().stream().filter(c -> c.kind() != Change.Kind.DELETED).toList();
        if (fed.isEmpty()) {
            return Optional.empty();
        }
        for (WireChange change : fed) {
            ObjectNode document = documents.addObject();
            document.put("id", change.id());
            try {
                document.setAll((ObjectNode) Json.mapper().readTree(change.newItem()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document.put("_rid", "NopBALG34lcBAAAAAAAAAA==");
            document.put("_self", "dbs/NopBAA==/colls/NopBALG34lc=/docs/NopBALG34lcBAAAAAAAAAA==/");
            document.put("_etag", "\"00000000-0000-0000-b857-fd9e73fb01d9\"");
            document.put("_attachments", "attachments/");
            document.put("_ts", change.time().getEpochSecond());
            document.put("_lsn", Long.parseLong(change.position()));
        }
        List<String> ids = fed.stream().map(WireChange::position).toList();
        return Optional.of(new Batch(ids, new HostInvocation("cosmos-" + ids.get(0),
                Typed.json(documents.toString()), new HostInvocation.Metadata().build())));
    }
}
