package io.portablefn.conformance.local;

import io.portablefn.api.Provider;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.conformance.http.WireClient;
import io.portablefn.local.LocalServer;
import io.portablefn.runtime.FunctionIndex;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * portablefn's local server ({@link LocalServer}), over real HTTP/1.1 on a loopback port. One
 * server is started on first use with every function of the test classpath's function index,
 * and {@link #send} ignores the function class: the server routes by method and path, as a user
 * running it would see. If the index holds two functions the server refuses to serve together
 * (same template shape and a method in common), each function class gets a server of its own,
 * found through its generated {@code <Class>_PortableFunction.FUNCTION}.
 *
 * <p>Requests go over HTTP/1.1 through {@link WireClient}, which says what the JDK's client
 * changes in a request. Left out of the response: {@link #DROPPED_RESPONSE_HEADERS}, which the JDK server writes on its
 * own and not the function: {@code date} (the time of sending, different on every call) and
 * {@code content-length} (framing; clouds set their own). The server always sends a fixed
 * length, so {@code transfer-encoding} never appears; it is dropped too so that a change there
 * cannot make the targets disagree on transport alone.
 */
public final class LocalTarget implements Target {

    /** Response headers the JDK's HTTP server adds itself. */
    public static final Set<String> DROPPED_RESPONSE_HEADERS = Set.of("date", "content-length", "transfer-encoding");

    private final WireClient client = new WireClient("local", DROPPED_RESPONSE_HEADERS);
    private LocalServer shared;
    private boolean sharedRefused;
    private final Map<Class<?>, LocalServer> perClass = new HashMap<>();

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Provider provider() {
        return Provider.LOCAL;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        return client.send(URI.create("http://localhost:" + server(functionClass).port()), request);
    }

    private synchronized LocalServer server(Class<?> functionClass) {
        if (shared == null && !sharedRefused) {
            try {
                shared = LocalServer.start(0, FunctionIndex.load(Thread.currentThread().getContextClassLoader()));
            } catch (IllegalArgumentException conflictingFunctions) {
                sharedRefused = true;
            }
        }
        if (shared != null) {
            return shared;
        }
        LocalServer own = perClass.get(functionClass);
        if (own == null) {
            own = LocalServer.start(0, List.of(GeneratedClasses.function(functionClass)));
            perClass.put(functionClass, own);
        }
        return own;
    }

    @Override
    public synchronized void close() {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
        perClass.values().forEach(LocalServer::stop);
        perClass.clear();
        sharedRefused = false;
    }
}
