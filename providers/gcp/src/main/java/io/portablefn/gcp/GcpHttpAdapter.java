package io.portablefn.gcp;

import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.LogSink;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs a portable HTTP function inside Google's Functions Framework (Cloud Functions and Cloud
 * Run functions). The generated {@code Xxx_GcpFunction} entry point holds one instance and hands
 * every call to {@link #handle}; docs/mapping.md says where each request field comes from.
 *
 * <p>Immutable and shared by all of the invoker's request threads.
 */
public final class GcpHttpAdapter {

    /** Set by Cloud Run (and so by Cloud Functions gen 2) to the request timeout it enforces. */
    static final String TIMEOUT_ENV = "CLOUD_RUN_TIMEOUT_SECONDS";

    private final HttpFunction function;
    private final long timeoutSeconds;
    private final LogSink log;

    public GcpHttpAdapter(HttpFunction function) {
        this(function, System.getenv(TIMEOUT_ENV));
    }

    GcpHttpAdapter(HttpFunction function, String timeoutEnv) {
        this(function, timeoutEnv, CloudLogging.STDOUT);
    }

    /** With the sink the log records go to (tests read them). */
    GcpHttpAdapter(HttpFunction function, String timeoutEnv, LogSink log) {
        this.function = Objects.requireNonNull(function, "function");
        this.log = Objects.requireNonNull(log, "log");
        this.timeoutSeconds = timeoutSeconds(timeoutEnv, function.timeoutSeconds());
    }

    /**
     * Decodes the request, runs the function and writes its response. Failures of the function
     * itself are already a problem response; only an I/O failure on the connection (a client
     * gone while its body was read) escapes, which the invoker answers with a bare 500.
     */
    public void handle(HttpRequest request, HttpResponse response) throws IOException {
        // One clock read, no Instant arithmetic: this runs on every request.
        long start = System.currentTimeMillis();
        // Headers and request id are read from the invoker's map only if asked for; the request and
        // the context share the one lookup.
        InvokerHeaders headers = new InvokerHeaders(request.getHeaders());
        io.portablefn.api.HttpRequest decoded = GcpRequests.decode(request, headers);
        InvocationContext context = new InvocationContext(Provider.GCP, headers, function.name(),
                Instant.ofEpochMilli(start + timeoutSeconds * 1000), log)
                .continuing(() -> GcpTraceCarriers.http(decoded.headers()));
        GcpResponses.encode(function.invoke(decoded, context), response);
    }

    // The platform's own timeout wins: it is what actually ends the request. An unreadable value
    // is not worth failing every call over, so the declared timeout is used instead.
    static long timeoutSeconds(String env, int declared) {
        if (env != null) {
            try {
                long seconds = Long.parseLong(env.strip());
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the declared timeout
            }
        }
        return declared;
    }
}
