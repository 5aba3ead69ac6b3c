package io.portablefn.conformance.aws.ric;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.portablefn.conformance.aws.LambdaTraceHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API (version 2018-06-01) on a loopback port, for one execution environment,
 * as the Lambda developer guide documents it ("Using the Lambda runtime API for custom runtimes"
 * and its OpenAPI file runtime-api.zip):
 * <ul>
 *   <li>{@code GET /2018-06-01/runtime/invocation/next} long-polls until an event is queued and
 *       answers 200 with the event as body and the headers {@code Lambda-Runtime-Aws-Request-Id},
 *       {@code Lambda-Runtime-Deadline-Ms} (Unix ms), {@code Lambda-Runtime-Invoked-Function-Arn} and
 *       {@code Lambda-Runtime-Trace-Id}; the mobile-SDK headers (client context, Cognito identity) are
 *       never sent, as for any invoke that is not from the mobile SDK;
 *   <li>{@code POST .../invocation/{id}/response} answers 202; 400 for an id that is not in flight;
 *       413 above the 6 MB synchronous response limit, which fails the invocation;
 *   <li>{@code POST .../invocation/{id}/error} answers 202; the error type is the
 *       {@code Lambda-Runtime-Function-Error-Type} header ({@code Unhandled} without one);
 *   <li>{@code POST /2018-06-01/runtime/init/error} answers 202 and records the error, which is then
 *       served in response to every invoke; 403 once initialization is over (after the first
 *       {@code next}).
 * </ul>
 * What Lambda itself decides: an invocation not answered by its deadline fails with
 * {@code Sandbox.Timedout}; a runtime that exits mid-invocation fails it with
 * {@code Runtime.ExitError} ({@link #runtimeExited}). Not reproduced: the restore/SnapStart
 * endpoints, response streaming, the Extensions and Telemetry APIs, and concurrent invocations.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime/";
    /** Lambda's limit for a synchronous invocation's response payload: 6 MB. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final long POLL_MILLIS = 200;

    /** An error the runtime posted to {@code /runtime/init/error}. */
    public record InitError(String errorType, String payload) {
    }

    private record Pending(String requestId, byte[] event, long deadlineMs, CompletableFuture<InvocationResult> result,
            String traceHeader) {
    }

    private final String functionArn;
    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, Pending> dispatched = new ConcurrentHashMap<>();
    private final Set<Pending> inFlight = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> firstPoll = new CompletableFuture<>();
    private final CompletableFuture<InitError> initError = new CompletableFuture<>();
    private volatile boolean closed;

    /** Starts the API on {@code 127.0.0.1} and a free port, for a function named {@code functionName}. */
    public RuntimeApiEmulator(String functionName) throws IOException {
        this.functionArn = "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        // A long-polling next holds its thread, so the others need threads of their own.
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "runtime-api-emulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes at the runtime's first {@code next}: initialization is over and it is ready. */
    public CompletableFuture<Void> firstPoll() {
        return firstPoll;
    }

    /** Completes when the runtime reports an initialization error. */
    public CompletableFuture<InitError> initError() {
        return initError;
    }

    /**
     * Queues one event with a deadline {@code timeout} from now. The result completes with the
     * runtime's response or error, or with {@code Sandbox.Timedout} at the deadline; after an
     * init error it is that error at once.
     */
    public CompletableFuture<InvocationResult> invoke(byte[] event, Duration timeout) {
        return invoke(event, timeout, null);
    }

    /**
     * As {@link #invoke(byte[], Duration)}, with {@code traceHeader} as the invocation's
     * {@code Lambda-Runtime-Trace-Id} (the X-Ray header Lambda passes); null for a random one.
     */
    public CompletableFuture<InvocationResult> invoke(byte[] event, Duration timeout, String traceHeader) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<InvocationResult> result = new CompletableFuture<>();
        if (initError.isDone()) {
            InitError init = initError.join();
            return CompletableFuture.completedFuture(InvocationResult.failure(requestId, init.errorType(),
                    init.payload().getBytes(StandardCharsets.UTF_8)));
        }
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("The runtime API emulator is closed"));
        }
        Pending pending = new Pending(requestId, event.clone(), System.currentTimeMillis() + timeout.toMillis(), result,
                traceHeader);
        result.completeOnTimeout(InvocationResult.failure(requestId, "Sandbox.Timedout",
                error("Sandbox.Timedout", String.format(Locale.ROOT, "Task timed out after %.2f seconds",
                        timeout.toMillis() / 1000.0))), timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((done, failure) -> {
            queue.remove(pending);
            dispatched.remove(requestId);
            inFlight.remove(pending);
        });
        inFlight.add(pending);
        queue.add(pending);
        return result;
    }

    /** The runtime process ended: what is in flight fails as Lambda fails it. */
    public void runtimeExited(int exitCode) {
        for (Pending pending : inFlight) {
            pending.result().complete(InvocationResult.failure(pending.requestId(), "Runtime.ExitError",
                    error("Runtime.ExitError", "Runtime exited with error: exit status " + exitCode)));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (method.equals("GET") && path.equals(PREFIX + "invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals(PREFIX + "init/error")) {
                initError(exchange, body);
            } else if (method.equals("POST") && path.startsWith(PREFIX + "invocation/")
                    && (path.endsWith("/response") || path.endsWith("/error"))) {
                String rest = path.substring((PREFIX + "invocation/").length());
                String requestId = rest.substring(0, rest.lastIndexOf('/'));
                answer(exchange, requestId, rest.endsWith("/error"), body);
            } else {
                send(exchange, 404, error("NotFound", "No " + method + " " + path + " in the runtime API"));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        firstPoll.complete(null);
        Pending pending = null;
        try {
            while (pending == null && !closed) {
                pending = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (pending != null && pending.result().isDone()) {
                    pending = null; // timed out while queued
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pending == null) {
            send(exchange, 500, error("ServiceClosed", "The runtime API emulator is shutting down"));
            return;
        }
        dispatched.put(pending.requestId(), pending);
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", pending.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(pending.deadlineMs()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", pending.traceHeader() != null ? pending.traceHeader() : LambdaTraceHeader.passThrough());
        headers.set("Content-Type", "application/json");
        send(exchange, 200, pending.event());
    }

    private void answer(HttpExchange exchange, String requestId, boolean isError, byte[] body) throws IOException {
        Pending pending = dispatched.get(requestId);
        if (pending == null || pending.result().isDone()) {
            send(exchange, 400, error("InvalidRequestID", "Request " + requestId + " is not in flight"));
            return;
        }
        if (isError) {
            String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
            pending.result().complete(InvocationResult.failure(requestId, type == null ? "Unhandled" : type, body));
        } else if (body.length > MAX_RESPONSE_BYTES) {
            pending.result().complete(InvocationResult.failure(requestId, "Function.ResponseSizeTooLarge",
                    error("Function.ResponseSizeTooLarge", "Response payload size (" + body.length
                            + " bytes) exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).")));
            send(exchange, 413, error("RequestEntityTooLarge", "Response payload exceeds " + MAX_RESPONSE_BYTES + " bytes"));
            return;
        } else {
            pending.result().complete(InvocationResult.success(requestId, body));
        }
        send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
    }

    private void initError(HttpExchange exchange, byte[] body) throws IOException {
        if (firstPoll.isDone()) {
            send(exchange, 403, error("InvalidStateTransition", "Initialization is over; report invocation errors"));
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        initError.complete(new InitError(type == null ? "Unhandled" : type, new String(body, StandardCharsets.UTF_8)));
        send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    // The runtime API's error document (OpenAPI ErrorResponse); Lambda's own invocation errors
    // (Sandbox.Timedout, ...) have the same two fields.
    private static byte[] error(String type, String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"errorMessage\":\"" + escaped + "\",\"errorType\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Stops the server; whatever is still in flight fails. */
    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        for (Pending pending : inFlight) {
            pending.result().completeExceptionally(new IllegalStateException("The runtime API emulator was closed"
                    + " before request " + pending.requestId() + " was answered"));
        }
    }
}
