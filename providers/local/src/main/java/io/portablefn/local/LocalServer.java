package io.portablefn.local;

import com.sun.net.httpserver.HttpServer;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves every portable function of a project on one port, with the JDK's own HTTP server, so
 * that a function can be run and tried without any cloud or emulator. Requests are decoded as
 * a cloud decodes them and answered by the same pipeline, so a function behaves here as it does
 * deployed; docs/local-server.md lists the rules.
 *
 * <pre>{@code
 * LocalServer server = LocalServer.start(0, FunctionIndex.load(loader));
 * // ... http://localhost:<server.port()>/greet
 * server.stop();
 * }</pre>
 *
 * Or from the command line, with the project's classes on the classpath:
 * {@code java -cp ... io.portablefn.local.LocalServer --port 8080}.
 */
public final class LocalServer {

    /** Requests run at once; more wait in line. Functions may block on I/O, so well above the cores. */
    static final int MAX_CONCURRENT_REQUESTS = 64;

    private final HttpServer server;
    private final ExecutorService workers;
    private final Router router;
    private boolean stopped;

    private LocalServer(HttpServer server, ExecutorService workers, Router router) {
        this.server = server;
        this.workers = workers;
        this.router = router;
    }

    /**
     * Starts serving {@code functions} on {@code port} of every interface; 0 picks a free port.
     *
     * @throws IllegalArgumentException if the port is not 0 to 65535, or two functions answer
     *     the same method on the same paths
     * @throws IllegalStateException if the port is already in use
     * @throws UncheckedIOException if the server cannot start for another reason
     */
    public static LocalServer start(int port, List<HttpFunction> functions) {
        return start(port, functions, ExchangeHandler.DEFAULT_MAX_BODY_BYTES, System.err);
    }

    static LocalServer start(int port, List<HttpFunction> functions, int maxBodyBytes, PrintStream log) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0 to 65535 (0 picks any free port), got " + port);
        }
        Router router = new Router(functions);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (BindException inUse) {
            throw new IllegalStateException("Port " + port + " is already in use. Choose another with --port N,"
                    + " the PORT environment variable or -D" + PortOption.PROPERTY + "=N (0 picks any free port).",
                    inUse);
        } catch (IOException failure) {
            throw new UncheckedIOException("The local server could not listen on port " + port + ": " + failure, failure);
        }
        ExecutorService workers = workers();
        server.setExecutor(workers);
        server.createContext("/", new ExchangeHandler(router, maxBodyBytes, log));
        server.start();
        return new LocalServer(server, workers, router);
    }

    /** The port the server listens on (the chosen one when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** One line per function, in the order routing tries them, e.g. {@code POST /greet -> greet}. */
    public List<String> routes() {
        return router.describe();
    }

    /**
     * Stops listening, frees the port and ends the worker threads. Requests still running are
     * cut off. Calling it again does nothing.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop(0);
        workers.shutdownNow();
    }

    /**
     * Serves every function of the project (the index the processor wrote) until Ctrl-C. Exits
     * with 2 and a one-line message if the port is bad or taken, or there is nothing to serve.
     */
    public static void main(String[] args) {
        LocalServer server;
        try {
            int port = PortOption.resolve(args, System.getenv(), System.getProperties());
            server = start(port, FunctionIndex.load(Thread.currentThread().getContextClassLoader()));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException cannotStart) {
            System.err.println("portablefn-local: " + cannotStart.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            System.out.println("portablefn local server stopped.");
        }, "portablefn-local-shutdown"));
        System.out.println("portablefn local server: " + server.routes().size() + " function(s)");
        server.routes().forEach(route -> System.out.println("  " + route));
        System.out.println("Listening on http://localhost:" + server.port() + "/ (Ctrl-C stops)");
    }

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONCURRENT_REQUESTS, MAX_CONCURRENT_REQUESTS,
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "portablefn-local-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // Threads exist only while there is work, so an idle server costs nothing.
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
