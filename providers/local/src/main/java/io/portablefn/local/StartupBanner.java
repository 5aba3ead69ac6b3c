package io.portablefn.local;

import io.portablefn.runtime.EventFunction;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;

/**
 * What {@link LocalServer#main} prints once it listens: the HTTP routes, then each event
 * function with a curl command that triggers it, and for each schedule when it fires next.
 */
final class StartupBanner {

    private StartupBanner() {
    }

    /** Where to reach the server, and, when it is not on loopback only, that others can reach it too. */
    static String listening(InetAddress host, int port) {
        if (host.isLoopbackAddress()) {
            return "Listening on http://localhost:" + port + "/ (Ctrl-C stops)";
        }
        String where = host.isAnyLocalAddress() ? "every interface" : host.getHostAddress();
        return "Listening on " + where + ", port " + port + ": http://localhost:" + port + "/ here, and reachable from"
                + " other machines; functions have no authentication (Ctrl-C stops)";
    }

    static void print(LocalServer server, boolean fireSchedules, PrintStream out) {
        List<String> routes = server.routes();
        List<EventFunction> events = server.eventFunctions();
        if (events.isEmpty()) {
            out.println("portablefn local server: " + routes.size() + " function(s)");
        } else {
            out.println("portablefn local server: " + routes.size() + " HTTP function(s), " + events.size()
                    + " event function(s)");
        }
        routes.forEach(route -> out.println("  " + route));
        if (!events.isEmpty()) {
            out.println("Event functions: POST a JSON event to trigger one (docs/local-server.md shows every field)");
            List<String> lines = server.eventRoutes();
            for (int i = 0; i < events.size(); i++) {
                out.println("  " + lines.get(i));
                out.println("      " + EventEndpoint.curl(events.get(i), server.port()));
            }
            boolean anySchedule = events.stream().anyMatch(f -> f.kind() == EventFunction.Kind.SCHEDULE);
            if (anySchedule && !fireSchedules) {
                out.println("Schedules are off (" + ScheduleOption.ARG + " off, " + ScheduleOption.ENV + " or -D"
                        + ScheduleOption.PROPERTY + "): schedule functions run only when posted.");
            }
        }
        out.println(listening(server.host(), server.port()));
    }
}
