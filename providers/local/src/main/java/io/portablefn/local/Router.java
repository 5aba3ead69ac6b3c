package io.portablefn.local;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Chooses the function for a method and decoded path, among every function of a project. On a
 * cloud each function has its own front door, so this choice is the one thing only the local
 * server does. Rules, in order:
 * <ol>
 *   <li>a function whose template matches the path and whose methods allow the method;
 *   <li>if several do, the template with more literal segments ({@code /orders/new} beats
 *       {@code /orders/{id}}); then the one whose first literal comes earlier
 *       ({@code /a/{x}} beats {@code /{y}/b});
 *   <li>templates match but none allows the method: 405 with {@code Allow} listing the union;
 *   <li>no template matches: 404.
 * </ol>
 * Two functions with the same template shape and a method in common could never both be
 * reached, so that is refused at start, as is a template under {@code /_portablefn}, the
 * server's own paths. Immutable and thread-safe.
 */
final class Router {

    private final List<Route> routes;

    Router(List<HttpFunction> functions) {
        List<Route> sorted = new ArrayList<>();
        functions.forEach(function -> sorted.add(new Route(refuseReserved(function))));
        sorted.sort(Route.PRECEDENCE);
        refuseConflicts(sorted);
        this.routes = List.copyOf(sorted);
    }

    /** The function and path parameters for this request, or the 404/405 answer. */
    Match route(String method, String path) {
        Set<HttpMethod> allowedHere = EnumSet.noneOf(HttpMethod.class);
        for (Route route : routes) {
            Map<String, String> parameters = route.function.path().match(path);
            if (parameters == null) {
                continue;
            }
            if (route.function.allows(method)) {
                return new Match(route.function, parameters, null);
            }
            allowedHere.addAll(route.function.methods());
        }
        if (allowedHere.isEmpty()) {
            return new Match(null, Map.of(), Problems.response(404, "No function answers " + method + " " + path + "."));
        }
        return new Match(null, Map.of(), HttpFunction.methodNotAllowed(method, allowedHere));
    }

    /** One line per function, in the order routing tries them, e.g. {@code POST /greet -> greet}. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Route route : routes) {
            StringJoiner methods = new StringJoiner(",");
            route.function.methods().forEach(m -> methods.add(m.name()));
            lines.add(methods + " " + route.function.path() + " -> " + route.function.name());
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

    private static void refuseConflicts(List<Route> routes) {
        Map<String, Route> byShape = new HashMap<>();
        for (Route route : routes) {
            for (HttpMethod method : route.function.methods()) {
                Route other = byShape.putIfAbsent(method + " " + route.shape, route);
                if (other != null) {
                    throw new IllegalArgumentException("Functions '" + other.function.name() + "' ("
                            + other.function.path() + ") and '" + route.function.name() + "' ("
                            + route.function.path() + ") both answer " + method + " on the same paths;"
                            + " one server can route each method and path to one function only."
                            + " Give one of them another path or other methods.");
                }
            }
        }
    }

    /** A routing result: a function with its path parameters, or a rejection to send. */
    record Match(HttpFunction function, Map<String, String> parameters, HttpResponse rejection) {
    }

    /** A function with what precedence needs to know about its template. */
    private static final class Route {

        static final Comparator<Route> PRECEDENCE = Comparator
                .comparingInt((Route r) -> -r.literals)
                .thenComparing(Route::literalMask, Comparator.reverseOrder())
                .thenComparing(r -> r.function.name());

        final HttpFunction function;
        final boolean[] literal;
        final int literals;
        /** The template with parameter names blanked: equal shapes match exactly the same paths. */
        final String shape;

        Route(HttpFunction function) {
            this.function = function;
            String template = function.path().toString();
            String[] segments = template.equals("/") ? new String[0] : template.substring(1).split("/");
            this.literal = new boolean[segments.length];
            StringBuilder shape = new StringBuilder();
            int count = 0;
            for (int i = 0; i < segments.length; i++) {
                literal[i] = !segments[i].startsWith("{");
                count += literal[i] ? 1 : 0;
                shape.append('/').append(literal[i] ? segments[i] : "{}");
            }
            this.literals = count;
            this.shape = shape.length() == 0 ? "/" : shape.toString();
        }

        /** Literal positions as text, "1" for literal, so that an earlier literal sorts higher. */
        String literalMask() {
            StringBuilder mask = new StringBuilder(literal.length);
            for (boolean isLiteral : literal) {
                mask.append(isLiteral ? '1' : '0');
            }
            return mask.toString();
        }
    }
}
