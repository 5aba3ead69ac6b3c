package io.portablefn.local;

import java.net.InetAddress;
import java.time.Duration;

/**
 * What the local server listens on and the limits it holds every client to. The defaults are
 * the strictest of the three clouds where they have one (docs/mapping.md, "Limits"), so that
 * what works here works deployed; docs/local-server.md explains each.
 *
 * @param host the address to listen on; loopback unless asked otherwise ({@link HostOption})
 * @param port 0 to 65535; 0 picks a free port
 * @param maxBodyBytes a larger request body is answered 413
 * @param maxTargetBytes a longer request target (path and query) is answered 414
 * @param maxHeaderBytes more bytes of request line and header lines together are answered 431
 * @param maxHeaderCount more header lines are answered 431
 * @param idleTimeout how long a connection may wait, with no request begun, before it is closed
 * @param headerTimeout how long the head of a request (request line and headers) may take to
 *     arrive once begun, and the longest pause allowed while a body arrives; then 408 and close
 * @param writeTimeout how long writing one answer may take: a client that stops reading is
 *     disconnected after it, so that it cannot hold a thread for ever
 * @param maxConnections connections open at once, each served by its own thread; one more is
 *     answered 503 and closed
 */
record ServerSettings(InetAddress host, int port, int maxBodyBytes, int maxTargetBytes, int maxHeaderBytes,
        int maxHeaderCount, Duration idleTimeout, Duration headerTimeout, Duration writeTimeout, int maxConnections) {

    /** AWS Lambda's limit for a synchronous request payload; the strictest of the three clouds. */
    static final int DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;
    /** Azure Functions' URL length limit (4 KB); the strictest of the three. */
    static final int DEFAULT_MAX_TARGET_BYTES = 4096;
    /** API Gateway's limit for the request line and header values together (10,240 bytes). */
    static final int DEFAULT_MAX_HEADER_BYTES = 10_240;
    /** Kestrel's default, which Azure's host runs on; the other clouds count bytes only. */
    static final int DEFAULT_MAX_HEADER_COUNT = 100;
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_CONNECTIONS = 1000;

    ServerSettings {
        // A null host would make the socket listen on every interface: never by accident.
        java.util.Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0 to 65535 (0 picks any free port), got " + port);
        }
        if (maxBodyBytes < 0 || maxTargetBytes < 1 || maxHeaderBytes < 1 || maxHeaderCount < 1 || maxConnections < 1
                || !positive(idleTimeout) || !positive(headerTimeout) || !positive(writeTimeout)) {
            throw new IllegalArgumentException("Server limits must be positive, got " + this);
        }
    }

    /** Loopback, on {@code port}, with every default limit. */
    static ServerSettings defaults(int port) {
        return new ServerSettings(InetAddress.getLoopbackAddress(), port, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_TARGET_BYTES,
                DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT, DEFAULT_IDLE_TIMEOUT, DEFAULT_HEADER_TIMEOUT,
                DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }

    ServerSettings withHost(InetAddress value) {
        return new ServerSettings(value, port, maxBodyBytes, maxTargetBytes, maxHeaderBytes, maxHeaderCount, idleTimeout,
                headerTimeout, writeTimeout, maxConnections);
    }

    ServerSettings withMaxBodyBytes(int value) {
        return new ServerSettings(host, port, value, maxTargetBytes, maxHeaderBytes, maxHeaderCount, idleTimeout,
                headerTimeout, writeTimeout, maxConnections);
    }

    ServerSettings withTimeouts(Duration idle, Duration header) {
        return new ServerSettings(host, port, maxBodyBytes, maxTargetBytes, maxHeaderBytes, maxHeaderCount, idle, header,
                writeTimeout, maxConnections);
    }

    ServerSettings withWriteTimeout(Duration value) {
        return new ServerSettings(host, port, maxBodyBytes, maxTargetBytes, maxHeaderBytes, maxHeaderCount, idleTimeout,
                headerTimeout, value, maxConnections);
    }

    ServerSettings withMaxConnections(int value) {
        return new ServerSettings(host, port, maxBodyBytes, maxTargetBytes, maxHeaderBytes, maxHeaderCount, idleTimeout,
                headerTimeout, writeTimeout, value);
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
