package io.portablefn.benchmarks.cold;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The smallest Lambda Runtime API that a runtime interface client can start against: the
 * first {@code GET /2018-06-01/runtime/invocation/next} hands out one event, later ones wait
 * until {@link #close}; the first {@code POST .../invocation/{id}/response} completes
 * {@link #response()} with the time it arrived. An error report (init or invocation) completes
 * it exceptionally with the body the client sent.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String REQUEST_ID = "8f5b1c2e-6a3d-4e7f-9b0a-1c2d3e4f5a6b";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final byte[] event;
    private final AtomicBoolean handedOut = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CompletableFuture<Answer> response = new CompletableFuture<>();

    /** What the client posted, and {@link System#nanoTime()} when it arrived. */
    public record Answer(long nanoTime, String body) {
    }

    public RuntimeApiEmulator(byte[] event) throws IOException {
        this.event = event;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(threads);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public CompletableFuture<Answer> response() {
        return response;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        long arrived = System.nanoTime();
        if (path.equals(PREFIX + "invocation/next")) {
            if (!handedOut.compareAndSet(false, true)) {
                awaitClose();
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    Long.toString(System.currentTimeMillis() + 60_000));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:eu-west-1:111122223333:function:greet");
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                    "Root=1-6650a1b2-3c4d5e6f7a8b9c0d1e2f3a4b;Parent=53995c3f42cd8ad8;Sampled=0");
            send(exchange, 200, event);
        } else if (path.endsWith("/response")) {
            send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            response.complete(new Answer(arrived, new String(body, StandardCharsets.UTF_8)));
        } else if (path.endsWith("/error")) {
            send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            response.completeExceptionally(new IllegalStateException(
                    "The runtime reported an error on " + path + ": " + new String(body, StandardCharsets.UTF_8)));
        } else {
            send(exchange, 404, new byte[0]);
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
