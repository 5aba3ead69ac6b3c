package io.portablefn.local;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.Problems;
import io.portablefn.runtime.RoutePrecedence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Chooses the function for a method and decoded path, among every function of a project. On a
 * cloud the cloud's own router does this; here it follows the same rule,
 * {@link RoutePrecedence}. Rules, in order:
 * <ol>
 *   <li>a function whose template matches the path and whose methods allow the method;
 *   <li>if several do, the most specific template: segment by segment from the left, a literal
 *       beats a parameter and a parameter beats a greedy one ({@code /files/readme} beats
 *       {@code /files/{name}}, which beats {@code /files/{rest+}});
 *   <li>templates match but none allows the method: 405 with {@code Allow} listing the union;
 *   <li>no template matches: 404.
 * </ol>
 * Templates that clouds would route differently (the same template twice, or a pair where each
 * is more specific somewhere; see {@link RoutePrecedence}) with a method in common are refused at
 * start, as is a template under {@code /_portablefn}, the server's own paths. Immutable and
 * thread-safe.
 */
final class Router {

    private static final Comparator<HttpFunction> PRECEDENCE = Comparator
            .comparing(HttpFunction::path, RoutePrecedence.ORDER).thenComparing(HttpFunction::name);

    private final List<HttpFunction> routes;

    Router(List<HttpFunction> functions) {
        List<HttpFunction> sorted = new ArrayList<>();
        functions.forEach(function -> sorted.add(refuseReserved(function)));
        sorted.sort(PRECEDENCE);
        refuseConflicts(sorted);
        this.routes = List.copyOf(sorted);
    }

    /** The function and path parameters for this request, or the 404/405 answer. */
    Match route(String method, String path) {
        Set<HttpMethod> allowedHere = EnumSet.noneOf(HttpMethod.class);
        for (HttpFunction function : routes) {
            Map<String, String> parameters = function.path().match(path);
            if (parameters == null) {
                continue;
            }
            if (function.allows(method)) {
                return new Match(function, parameters, null);
            }
            allowedHere.addAll(function.methods());
        }
        if (allowedHere.isEmpty()) {
            return new Match(null, Map.of(), Problems.response(404, "No function answers " + method + " " + path + "."));
        }
        return new Match(null, Map.of(), HttpFunction.methodNotAllowed(method, allowedHere));
    }

    /** One line per function, in the order routing tries them, e.g. {@code POST /greet -> greet}. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (HttpFunction function : routes) {
            StringJoiner methods = new StringJoiner(",");
            function.methods().forEach(m -> methods.add(m.name()));
            lines.add(methods + " " + function.path() + " -> " + function.name());
        }
        return List.copyOf(lines);
    }

    /** Paths under /_portablefn trigger event functions here, so no HTTP function may have one. */
    private static HttpFunction refuseReserved(HttpFunction function) {
        if (EventEndpoint.reserved(function.path().toString())) {
            throw new IllegalArgumentException("Function '" + function.name() + "' has the path " + function.path()
                    + ", but paths under " + EventEndpoint.PREFIX + "/ are reserved by the local server for"
                    + " triggering event functions. Give it a path that does not start with " + EventEndpoint.PREFIX
                    + ".");
        }
        return function;
    }

    private static void refuseConflicts(List<HttpFunction> functions) {
        List<RoutePrecedence.Route> routes = new ArrayList<>();
        for (HttpFunction function : functions) {
            routes.add(new RoutePrecedence.Route(function.name(),
                    function.methods().stream().map(HttpMethod::name).toList(), function.path()));
        }
        List<String> conflicts = RoutePrecedence.conflicts(routes);
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", conflicts));
        }
    }

    /** A routing result: a function with its path parameters, or a rejection to send. */
    record Match(HttpFunction function, Map<String, String> parameters, HttpResponse rejection) {
    }
}
