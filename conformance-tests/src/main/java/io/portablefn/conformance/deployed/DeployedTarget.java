package io.portablefn.conformance.deployed;

import io.portablefn.api.Provider;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.conformance.http.WireClient;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Functions deployed in a cloud, reached over the internet: the opt-in third tier. Each request
 * goes to the function's base URL (its own, or the target's shared one) over HTTP/1.1 with the
 * configured credential headers. What the platform adds to every answer (dates, framing, request
 * ids, traces) is left out, so that clouds are compared on what the function sent. Created from
 * the environment by {@link DeployedTargets}; never part of a default run.
 */
public final class DeployedTarget implements Target {

    /** Headers every HTTP platform adds on its own. */
    static final Set<String> PLATFORM_HEADERS = Set.of("date", "server", "content-length", "transfer-encoding",
            "connection", "keep-alive", "via", "alt-svc", "apigw-requestid", "request-context");

    /** Prefixes of platform headers of AWS, Azure, Google and common CDNs. */
    static final Set<String> PLATFORM_PREFIXES = Set.of("x-amzn-", "x-amz-", "x-cache", "x-cloud-trace-context",
            "x-powered-by", "x-ms-", "x-azure-", "x-envoy-", "x-goog-", "x-served-by", "x-timer");

    private final String name;
    private final Provider provider;
    private final URI sharedBase;
    private final Map<String, URI> baseByFunction;
    private final WireClient client;

    DeployedTarget(String name, Provider provider, URI sharedBase, Map<String, URI> baseByFunction,
            Map<String, String> headers) {
        this.name = name;
        this.provider = provider;
        this.sharedBase = sharedBase;
        this.baseByFunction = Map.copyOf(baseByFunction);
        this.client = new WireClient(name, PLATFORM_HEADERS, PLATFORM_PREFIXES, headers);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Provider provider() {
        return provider;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        String function = GeneratedClasses.function(functionClass).name();
        URI base = baseByFunction.getOrDefault(function, sharedBase);
        if (base == null) {
            throw new IllegalStateException(name + " has no URL for function '" + function + "': set "
                    + DeployedTargets.urlVariable(name, function) + " or " + DeployedTargets.urlVariable(name, null));
        }
        return client.send(base, request);
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return name;
    }
}
