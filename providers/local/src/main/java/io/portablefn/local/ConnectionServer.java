package io.portablefn.local;

import io.portablefn.runtime.Problems;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts connections and gives each its own thread ({@link Connection}), up to {@code
 * maxConnections}; one more is answered 503 and closed. A thread per connection keeps every
 * wait simple and bounded by the connection's own timeouts: no slow client can hold up another.
 * A watchdog closes connections whose answer takes longer than the write timeout to write.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver} (read in JDK 17.0.15 and 25): its limits
 * are JVM-wide system properties read once ({@code sun.net.httpserver.*} in {@code ServerConfig};
 * {@code maxReqHeaderSize} only in recent updates), {@code ServerImpl.Exchange.run} reads the
 * request head on the handler pool (64 slow clients starved our 64 threads) and answers a target
 * {@code java.net.URI} rejects with its own HTML page, and on JDK 17 the socket of a client that
 * left before reading a large answer stayed open (35 descriptors became 84 in ConnectionLeakTest).
 */
final class ConnectionServer {

    // Enough for 200 clients connecting at once without SYN retries; the kernel caps it.
    private static final int BACKLOG = 1024;

    private final ServerSocket listening;
    private final ThreadPoolExecutor threads;
    private final Map<Socket, Connection> open = new ConcurrentHashMap<>();
    private final Thread acceptor;
    private final Thread watchdog;
    private final ExchangeHandler handler;
    private final ServerSettings limits;
    private final PrintStream log;
    private volatile boolean stopping;

    private ConnectionServer(ServerSocket listening, ThreadPoolExecutor threads, ExchangeHandler handler,
            ServerSettings limits, PrintStream log) {
        this.listening = listening;
        this.threads = threads;
        this.handler = handler;
        this.limits = limits;
        this.log = log;
        this.acceptor = new Thread(this::acceptLoop, "portablefn-local-accept");
        this.acceptor.setDaemon(true);
        this.watchdog = new Thread(this::watchWrites, "portablefn-local-write-watchdog");
        this.watchdog.setDaemon(true);
    }

    /** Listens on {@code limits.host()} and {@code limits.port()} and starts accepting. */
    static ConnectionServer start(ServerSettings limits, ExchangeHandler handler, PrintStream log) throws IOException {
        ServerSocket listening = new ServerSocket();
        try {
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(limits.host(), limits.port()), BACKLOG);
        } catch (IOException failure) {
            listening.close();
            throw failure;
        }
        AtomicInteger count = new AtomicInteger();
        // No queue: a connection gets a thread at once or is refused. Idle threads end after 30 s.
        ThreadPoolExecutor threads = new ThreadPoolExecutor(0, limits.maxConnections(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "portablefn-local-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        ConnectionServer server = new ConnectionServer(listening, threads, handler, limits, log);
        server.acceptor.start();
        server.watchdog.start();
        return server;
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Connections open now, each with its thread. */
    int openConnections() {
        return open.size();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    /** Stops accepting, closes every connection (cutting off requests still running) and ends the threads. */
    void stop() {
        stopping = true;
        try {
            listening.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open.keySet()) {
            closeQuietly(socket);
        }
        threads.shutdownNow();
        watchdog.interrupt();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the server has stopped. Its threads are daemons, so that a server started in
     * a test or a build tool never keeps that JVM alive; a process that only serves waits here.
     */
    void awaitStopped() throws InterruptedException {
        acceptor.join();
    }

    private void acceptLoop() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listening.accept();
            } catch (IOException closedOrFailed) {
                if (!stopping) {
                    // Out of file descriptors, say: log it and give closing connections a moment.
                    log.println("[portablefn-local] ERROR accepting a connection failed: " + closedOrFailed);
                    pause();
                }
                continue;
            }
            Connection connection = new Connection(socket, handler, limits, () -> open.remove(socket));
            open.put(socket, connection);
            try {
                threads.execute(connection);
            } catch (RejectedExecutionException full) {
                open.remove(socket);
                refuse(socket);
            }
        }
    }

    /** At the connection limit: a short 503 (it fits the socket's buffer, so this never blocks), then close. */
    private void refuse(Socket socket) {
        try (socket) {
            ResponseWriter.write(socket.getOutputStream(), Problems.response(503, "The local server already has "
                    + limits.maxConnections() + " connections open, its limit; try again when one closes."),
                    false, false, refused -> Problems.response(503, ""));
        } catch (IOException | RuntimeException gone) {
            // the client left; nothing to answer
        }
    }

    /**
     * A blocked socket write has no timeout of its own in Java, so this thread looks at every
     * connection a few times per write timeout and closes those whose answer is taking longer.
     */
    private void watchWrites() {
        long limit = limits.writeTimeout().toNanos();
        long every = Math.max(10, Math.min(1_000, limits.writeTimeout().toMillis() / 4));
        while (!stopping) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException stopped) {
                return;
            }
            long now = System.nanoTime();
            open.values().forEach(connection -> connection.closeIfWritingLongerThan(limit, now));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }
}
