package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.JulLog;
import io.portablefn.runtime.Problems;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs a portable HTTP function inside the Azure Functions Java worker. The generated
 * {@code Xxx_AzureFunction} class holds one instance and hands every call of its
 * {@code @FunctionName} method to {@link #handle}; docs/mapping.md says where each request field
 * comes from.
 *
 * <p>The body is declared {@code Optional<String>}: the host sends every body except
 * {@code application/octet-stream} and {@code multipart/*} as a UTF-8 string, which only a String
 * parameter receives intact ({@code byte[]} would make the worker parse it as JSON and fail). No
 * declaration receives both text and bytes intact (azure-functions-java-worker 2.17.0,
 * binding/DataOperations.java lines 83-123, 152-168 and 184-192: a type with no conversion of its
 * own is parsed as JSON with gson, and {@code Object} too). Octet-stream bytes are recovered
 * exactly when the worker JVM's default charset is ISO-8859-1 ({@link AzureRequests#bodyBytes}).
 *
 * <p>Immutable and shared by all of the worker's threads.
 */
public final class AzureHttpAdapter {

    private final HttpFunction function;
    private final int pathSegments;
    /** For a greedy template, the route prefix's segments to drop; -1 otherwise. */
    private final int prefixSegments;
    private final long timeoutMillis;
    private final Charset workerCharset;

    public AzureHttpAdapter(HttpFunction function) {
        this(function, Charset.defaultCharset());
    }

    /** With the charset in which the worker turned byte bodies into Strings: its JVM's default. */
    AzureHttpAdapter(HttpFunction function, Charset workerCharset) {
        this.function = Objects.requireNonNull(function, "function");
        this.workerCharset = Objects.requireNonNull(workerCharset, "workerCharset");
        this.pathSegments = AzureRequests.segmentCount(function.path().toString());
        this.prefixSegments = function.path().isGreedy() ? RoutePrefix.segments(System.getenv()) : -1;
        this.timeoutMillis = function.timeoutSeconds() * 1000L;
    }

    /**
     * Decodes the request, runs the function and builds the worker's response. Never throws: a
     * URL the worker cannot parse is a 400 problem, and the function's own failures are already
     * problem responses.
     */
    public HttpResponseMessage handle(HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        // One clock read, no Instant arithmetic: this runs on every request.
        long start = System.currentTimeMillis();
        String invocationId = Objects.requireNonNullElse(context.getInvocationId(), "");
        Logger jul = context.getLogger() != null ? context.getLogger() : Logger.getLogger("portablefn");
        InvocationContext invocation = new InvocationContext(Provider.AZURE, invocationId, function.name(),
                Instant.ofEpochMilli(start + timeoutMillis), new JulLog(jul));
        HttpResponse response;
        try {
            HttpRequest decoded = AzureRequests.decode(request, pathSegments(request), invocationId, workerCharset);
            response = function.invoke(decoded,
                    invocation.inPlatformTrace(() -> AzureTraceCarriers.invocation(context))
                            .continuing(() -> AzureTraceCarriers.http(decoded.headers())));
        } catch (HttpException undecodable) {
            response = Problems.of(undecodable);
        }
        return AzureResponses.encode(response, request, invocation.logger());
    }

    /** A fixed template's length, or for a greedy one what follows the route prefix in this URL. */
    private int pathSegments(HttpRequestMessage<?> request) {
        if (prefixSegments < 0) {
            return pathSegments;
        }
        try {
            return RoutePrefix.pathSegments(request.getUri().getRawPath(), prefixSegments);
        } catch (RuntimeException invalid) {
            // A URL the worker cannot parse: decoding answers it with a 400.
            return pathSegments;
        }
    }
}
