package io.portablefn.conformance.azure;

import com.microsoft.azure.functions.HttpMethod;
import io.portablefn.conformance.WireRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host's choice among the functions of one app: it sorts their routes once
 * (azure-webjobs-sdk-extensions, src/WebJobs.Extensions.Http/WebJobsRouteBuilder.cs,
 * {@code RouteComparison}) and the first route that matches, method included, takes the request
 * ({@code RouteCollection}). The comparison, segment by segment from the left: a static segment
 * before a parameter (a catch-all is a parameter there), static texts in ordinal-ignore-case
 * order, and a longer route before its prefix. Routes it finds equal keep no defined order
 * ({@code List.Sort} is unstable), which is why portablefn refuses such pairs at build time.
 */
final class HostRouteOrder {

    private HostRouteOrder() {
    }

    /** One function's trigger, as function.json states it. */
    record Route(String function, String route, HttpMethod[] methods) {
    }

    /** The function the host runs for this request, if any route takes it. */
    static Optional<String> choose(String routePrefix, List<Route> routes, WireRequest request) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing((Route r) -> routePrefix + "/" + r.route(), HostRouteOrder::compare));
        for (Route route : sorted) {
            if (HostRequests.routes(routePrefix, route.route(), route.function(), route.methods(), request)) {
                return Optional.of(route.function());
            }
        }
        return Optional.empty();
    }

    static int compare(String x, String y) {
        String[] xs = x.split("/");
        String[] ys = y.split("/");
        for (int i = 0; i < xs.length; i++) {
            if (ys.length <= i) {
                return -1;
            }
            boolean xParameter = xs[i].startsWith("{");
            boolean yParameter = ys[i].startsWith("{");
            if (xParameter != yParameter) {
                return xParameter ? 1 : -1;
            }
            if (!xParameter) {
                int text = xs[i].toUpperCase(Locale.ROOT).compareTo(ys[i].toUpperCase(Locale.ROOT));
                if (text != 0) {
                    return text;
                }
            }
        }
        return ys.length > xs.length ? 1 : 0;
    }
}
