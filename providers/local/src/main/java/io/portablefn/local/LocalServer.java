package io.portablefn.local;

import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.PortableFunction;
import io.portablefn.runtime.cron.Cron;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves every portable function of a project on one port of the loopback interface (another
 * address only when asked), with a small HTTP/1.1 server of its own ({@link ConnectionServer}),
 * so that a function can be run and tried without any cloud or emulator. Requests are decoded as
 * a cloud decodes them and answered by the same pipeline, so a function behaves here as it does
 * deployed; docs/local-server.md lists the rules.
 *
 * <p>Event functions (queue, topic, storage, schedule) are triggered by posting a neutral JSON
 * event to {@code /_portablefn/events/{function}}, and schedule functions also fire on their
 * cron while the server runs.
 *
 * <pre>{@code
 * LocalServer server = LocalServer.start(0, FunctionIndex.load(loader));    // HTTP functions only
 * List<PortableFunction> functions = FunctionIndex.loadAll(loader);
 * LocalServer all = LocalServer.start(0, functions,
 *         LocalServer.declaredSchedules(functions));                       // and event functions
 * // ... http://localhost:<server.port()>/greet
 * server.stop();
 * }</pre>
 *
 * Or from the command line, with the project's classes on the classpath:
 * {@code java -cp ... io.portablefn.local.LocalServer --port 8080 [--host 0.0.0.0] [--schedules off]}.
 */
public final class LocalServer {

    private final ConnectionServer server;
    private final Router router;
    private final List<EventFunction> events;
    private final ScheduleRunner schedules;
    private boolean stopped;

    private LocalServer(ConnectionServer server, Router router, List<EventFunction> events, ScheduleRunner schedules) {
        this.server = server;
        this.router = router;
        this.events = events;
        this.schedules = schedules;
    }

    /**
     * Starts serving the HTTP functions {@code functions} on {@code port} of the loopback
     * interface; 0 picks a free port.
     *
     * @throws IllegalArgumentException if the port is not 0 to 65535, two functions answer the
     *     same method on the same paths, or a path is under {@code /_portablefn}
     * @throws IllegalStateException if the port is already in use
     * @throws UncheckedIOException if the server cannot start for another reason
     */
    public static LocalServer start(int port, List<HttpFunction> functions) {
        return start(port, functions, Map.of());
    }

    /**
     * Starts serving HTTP and event functions on {@code port} of the loopback interface; 0 picks
     * a free port. Event functions answer {@code POST /_portablefn/events/{function}}; the schedule
     * functions named in {@code schedules} also fire on their cron (UTC) until {@link #stop()}.
     *
     * @param functions HTTP and event functions, such as {@link FunctionIndex#loadAll}'s
     * @param schedules the cron of each schedule function to fire on a timer, such as {@link
     *     #declaredSchedules}; {@code Map.of()} fires none (they can still be posted)
     * @throws IllegalArgumentException as {@link #start(int, List)}, or if {@code schedules}
     *     names something other than a schedule function of {@code functions}
     * @throws IllegalStateException if the port is already in use
     * @throws UncheckedIOException if the server cannot start for another reason
     */
    public static LocalServer start(int port, List<? extends PortableFunction> functions, Map<String, Cron> schedules) {
        return start(InetAddress.getLoopbackAddress(), port, functions, schedules);
    }

    /**
     * As {@link #start(int, List, Map)}, on {@code host}: a loopback address keeps the server
     * to this machine; {@code 0.0.0.0} (or {@code ::}) listens on every interface, which a
     * container needs and which lets anyone who can reach the machine call the functions.
     */
    public static LocalServer start(InetAddress host, int port, List<? extends PortableFunction> functions,
            Map<String, Cron> schedules) {
        return start(ServerSettings.defaults(port).withHost(host), functions, schedules, System.err,
                Clock.systemUTC(), null);
    }

    static LocalServer start(int port, List<HttpFunction> functions, int maxBodyBytes, PrintStream log) {
        return start(ServerSettings.defaults(port).withMaxBodyBytes(maxBodyBytes), functions, Map.of(), log,
                Clock.systemUTC(), null);
    }

    static LocalServer start(int port, List<? extends PortableFunction> functions, Map<String, Cron> schedules,
            int maxBodyBytes, PrintStream log, Clock clock, ScheduleRunner.Timer timer) {
        return start(ServerSettings.defaults(port).withMaxBodyBytes(maxBodyBytes), functions, schedules, log, clock,
                timer);
    }

    /** @param timer waits between firings; null for daemon threads */
    static LocalServer start(ServerSettings settings, List<? extends PortableFunction> functions,
            Map<String, Cron> schedules, PrintStream log, Clock clock, ScheduleRunner.Timer timer) {
        int port = settings.port();
        List<HttpFunction> http = new ArrayList<>();
        List<EventFunction> events = new ArrayList<>();
        for (PortableFunction function : functions) {
            if (function instanceof HttpFunction httpFunction) {
                http.add(httpFunction);
            } else {
                events.add((EventFunction) function);
            }
        }
        Router router = new Router(http);
        Map<EventFunction, Cron> crons = ScheduleRunner.crons(events, schedules);
        ExchangeHandler handler = new ExchangeHandler(router, new EventEndpoint(events, http, clock, log), log);
        ConnectionServer server;
        try {
            server = ConnectionServer.start(settings, handler, log);
        } catch (BindException inUse) {
            if (!String.valueOf(inUse.getMessage()).contains("in use")) {
                throw new UncheckedIOException("The local server could not listen on " + settings.host().getHostAddress()
                        + ": " + inUse.getMessage() + ". Give --host an address of this machine, such as 127.0.0.1"
                        + " or 0.0.0.0 (every interface).", inUse);
            }
            throw new IllegalStateException("Port " + port + " is already in use. Choose another with --port N,"
                    + " the PORT environment variable or -D" + PortOption.PROPERTY + "=N (0 picks any free port).",
                    inUse);
        } catch (IOException failure) {
            throw new UncheckedIOException("The local server could not listen on " + settings.host().getHostAddress()
                    + " port " + port + ": " + failure, failure);
        }
        ScheduleRunner runner = new ScheduleRunner(crons, clock,
                timer != null ? timer : crons.isEmpty() ? null : ScheduleRunner.daemonTimer(crons.size()), log);
        runner.start();
        return new LocalServer(server, router, List.copyOf(events), runner);
    }

    /**
     * The cron of every schedule function among {@code functions} that carries one (the
     * processor puts it in each schedule function's definition), by name.
     */
    public static Map<String, Cron> declaredSchedules(List<? extends PortableFunction> functions) {
        Map<String, Cron> schedules = new java.util.LinkedHashMap<>();
        for (PortableFunction function : functions) {
            if (function instanceof EventFunction event) {
                event.cron().ifPresent(cron -> schedules.put(event.name(), cron));
            }
        }
        return schedules;
    }

    /** The port the server listens on (the chosen one when started with 0). */
    public int port() {
        return server.port();
    }

    /** The address the server listens on: loopback unless started with another. */
    public InetAddress host() {
        return server.address().getAddress();
    }

    /** One line per HTTP function, in the order routing tries them, e.g. {@code POST /greet -> greet}. */
    public List<String> routes() {
        return router.describe();
    }

    /**
     * One line per event function, e.g. {@code POST /_portablefn/events/orders -> orders (queue)}
     * or, for a schedule fired here, {@code ... -> nightly (schedule 30 2 * * *, next 2026-01-02T02:30:00Z)}.
     */
    public List<String> eventRoutes() {
        List<String> lines = new ArrayList<>();
        for (EventFunction function : events) {
            String kind = EventEndpoint.kindName(function);
            if (function.kind() == EventFunction.Kind.SCHEDULE) {
                kind += schedules.cron(function.name())
                        .map(cron -> " " + cron.expression() + ", next " + schedules.next(function.name()).orElseThrow())
                        .orElse(", not fired on a timer here");
            }
            lines.add("POST " + EventEndpoint.EVENTS + "/" + function.name() + " -> " + function.name() + " (" + kind + ")");
        }
        return List.copyOf(lines);
    }

    /** When this schedule function fires next, in UTC; empty if it is not fired on a timer here. */
    public Optional<Instant> nextFiring(String function) {
        return schedules.next(function);
    }

    /**
     * Stops listening, frees the port, stops firing schedules and ends the worker threads.
     * Requests still running are cut off. Calling it again does nothing.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        schedules.stop();
        server.stop();
    }

    /**
     * Serves every function of the project (the index the processor wrote) until Ctrl-C, firing
     * schedules unless told not to. Exits with 2 and a one-line message if an option is bad, the
     * port is taken, or there is nothing to serve.
     */
    public static void main(String[] args) {
        LocalServer server;
        boolean fireSchedules;
        try {
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            fireSchedules = ScheduleOption.resolve(rest, System.getenv(), System.getProperties());
            InetAddress host = HostOption.resolve(rest, System.getProperties());
            int port = PortOption.resolve(rest.toArray(new String[0]), System.getenv(), System.getProperties());
            List<PortableFunction> functions = FunctionIndex.loadAll(Thread.currentThread().getContextClassLoader());
            server = start(host, port, functions, fireSchedules ? declaredSchedules(functions) : Map.of());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException cannotStart) {
            System.err.println("portablefn-local: " + cannotStart.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            System.out.println("portablefn local server stopped.");
        }, "portablefn-local-shutdown"));
        StartupBanner.print(server, fireSchedules, System.out);
        try {
            // Every server thread is a daemon: without this wait the JVM would end with main.
            server.server.awaitStopped();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Connections open now (for tests). */
    int openConnections() {
        return server.openConnections();
    }

    /** The event functions, in the order {@link #eventRoutes()} lists them. */
    List<EventFunction> eventFunctions() {
        return events;
    }
}
