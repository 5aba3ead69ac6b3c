package io.portablefn.gcp;

import io.portablefn.api.Headers;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The invoker's header map of one request, read only when a function, a log line or an error
 * answer asks: as the source of the neutral headers ({@link #accept}) and of the request id
 * ({@link #get}, see {@link GcpRequests#requestId}). Most functions never read a header, and the
 * copy and the id search would otherwise cost every request. The invoker builds the map for this
 * request and never changes it, so reading it late is safe. One object for both, so a request
 * pays one allocation for them.
 */
final class InvokerHeaders implements Consumer<Headers.Builder>, Supplier<String> {

    private final Map<String, List<String>> lines;
    // Kept once found: the id falls back to a random one, which must be made only once.
    private volatile String requestId;

    InvokerHeaders(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    /** Adds every line, in the map's order, to the neutral headers. */
    @Override
    public void accept(Headers.Builder into) {
        lines.forEach((name, values) -> values.forEach(value -> into.add(name, value)));
    }

    /** The request id. */
    @Override
    public String get() {
        String id = requestId;
        if (id == null) {
            synchronized (this) {
                id = requestId;
                if (id == null) {
                    requestId = id = GcpRequests.requestId(lines);
                }
            }
        }
        return id;
    }
}
