package io.portablefn.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which function answers a path that several templates match, and which template sets no two
 * clouds would route alike. One rule, used by the processor (compile errors), the Maven plugin
 * (descriptors) and the local server (its router):
 * <ul>
 *   <li><b>Precedence.</b> Segment by segment from the left, at the first segment where the
 *       templates differ, a literal beats a parameter and a parameter beats a greedy parameter:
 *       {@code /files/readme} beats {@code /files/{name}/{v}}, which beats {@code /files/{rest+}}.
 *       This is how Azure's host orders routes (azure-webjobs-sdk-extensions,
 *       src/WebJobs.Extensions.Http/WebJobsRouteBuilder.cs, {@code RouteComparison}: static before
 *       parameter, segment by segment, the longer route first) and what API Gateway's "most
 *       specific match" gives (docs.aws.amazon.com/apigateway/latest/developerguide/
 *       http-api-develop-routes.html, "Routing API requests": a full match before a greedy one).
 *   <li><b>Conflicts</b>, for two templates sharing a method that both match some path (literals
 *       compared ignoring case, as Azure's router does), each a build error naming both functions:
 *       the same template up to parameter names; templates where each is more specific somewhere
 *       ({@code /a/{x}} and {@code /{y}/b}); a greedy template and one just like its parent
 *       ({@code /files/{rest+}} and {@code /files}: Azure's router takes the longer,
 *       greedy route, API Gateway the exact one); a greedy parameter and an ordinary one as the
 *       last segment of templates otherwise alike ({@code /files/{rest+}} and {@code /files/{id}}:
 *       Azure's comparison treats both as parameters and finds them equal, so its order is
 *       arbitrary).
 * </ul>
 */
public final class RoutePrecedence {

    private static final int LITERAL = 0;
    private static final int PARAMETER = 1;
    private static final int GREEDY = 2;
    private static final int NONE = 3;

    /** Most specific first: the first template in this order that matches a path answers it. */
    public static final Comparator<PathTemplate> ORDER = RoutePrecedence::compare;

    private RoutePrecedence() {
    }

    /** A function's route: its name, the methods it answers (upper-case names) and its template. */
    public record Route(String function, Collection<String> methods, PathTemplate path) {
    }

    /**
     * Every pair of routes that clouds would not route alike, each as a message naming both
     * functions, the method they share, and what to change; empty when the set is portable.
     */
    public static List<String> conflicts(List<Route> routes) {
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            for (int j = i + 1; j < routes.size(); j++) {
                String conflict = conflict(routes.get(i), routes.get(j));
                if (conflict != null) {
                    conflicts.add(conflict);
                }
            }
        }
        return conflicts;
    }

    /** Why two routes cannot be routed alike everywhere, naming both functions; null when they can. */
    public static String conflict(Route a, Route b) {
        String method = a.methods().stream().filter(b.methods()::contains).findFirst().orElse(null);
        String why = method == null ? null : conflict(a.path(), b.path());
        return why == null ? null : "Functions '" + a.function() + "' (" + method + " " + a.path() + ") and '"
                + b.function() + "' (" + method + " " + b.path() + ") cannot both be routed: " + why
                + ". Give one of them another path or other methods.";
    }

    /** Why two templates with a method in common cannot be routed alike everywhere, or null when they can. */
    static String conflict(PathTemplate a, PathTemplate b) {
        if (!overlap(a, b)) {
            return null;
        }
        int positions = Math.max(length(a), length(b));
        boolean aWins = false;
        boolean bWins = false;
        int first = -1;
        for (int i = 0; i < positions; i++) {
            int ka = kind(a, i);
            int kb = kind(b, i);
            if (ka == kb) {
                continue;
            }
            if (ka == NONE || kb == NONE) {
                PathTemplate shorter = ka == NONE ? a : b;
                // An exact template as specific as the greedy one's parent: API Gateway routes the
                // parent to the exact one, Azure to the longer greedy route. Where they differed
                // before, that difference decides on both clouds.
                if (first < 0 && !shorter.isGreedy() && Math.min(ka, kb) == GREEDY) {
                    return "the greedy one also answers " + shorter + " (its empty remainder), which Azure"
                            + " routes to the greedy template and API Gateway to the exact one";
                }
                // The shorter one's greedy parameter covers the rest: a difference was found before.
                break;
            }
            first = first < 0 ? i : first;
            aWins |= ka < kb;
            bWins |= kb < ka;
        }
        if (first < 0) {
            return "they answer the same paths (their templates differ only in parameter names or letter case,"
                    + " and Azure compares literals ignoring case)";
        }
        if (aWins && bWins) {
            return "each is more specific than the other in some segment, and clouds order such templates"
                    + " differently (Azure from the left, API Gateway by its own notion of most specific)";
        }
        int greedyAt = Math.min(length(a), length(b)) - 1;
        if (first == greedyAt && Math.max(kind(a, first), kind(b, first)) == GREEDY
                && Math.min(kind(a, first), kind(b, first)) == PARAMETER && length(a) == length(b)) {
            return "their last segments are a parameter and a greedy parameter, which Azure's router ranks"
                    + " equally, so it would pick either";
        }
        return null;
    }

    /** Whether some path matches both (literals compared ignoring case). */
    private static boolean overlap(PathTemplate a, PathTemplate b) {
        int common = Math.min(a.fixedSegments(), b.fixedSegments());
        for (int i = 0; i < common; i++) {
            String la = a.literal(i);
            String lb = b.literal(i);
            if (la != null && lb != null && !la.equalsIgnoreCase(lb)) {
                return false;
            }
        }
        if (a.isGreedy() && b.isGreedy()) {
            return true;
        }
        if (a.isGreedy()) {
            return b.fixedSegments() >= a.fixedSegments();
        }
        if (b.isGreedy()) {
            return a.fixedSegments() >= b.fixedSegments();
        }
        return a.fixedSegments() == b.fixedSegments();
    }

    private static int compare(PathTemplate a, PathTemplate b) {
        int positions = Math.max(length(a), length(b));
        for (int i = 0; i < positions; i++) {
            int ka = kind(a, i);
            int kb = kind(b, i);
            if (ka != kb) {
                return Integer.compare(ka, kb);
            }
            if (ka == LITERAL) {
                int text = a.literal(i).toLowerCase(Locale.ROOT).compareTo(b.literal(i).toLowerCase(Locale.ROOT));
                if (text != 0) {
                    return text;
                }
            }
        }
        return 0;
    }

    private static int length(PathTemplate template) {
        return template.fixedSegments() + (template.isGreedy() ? 1 : 0);
    }

    private static int kind(PathTemplate template, int index) {
        if (index < template.fixedSegments()) {
            return template.literal(index) != null ? LITERAL : PARAMETER;
        }
        return index == template.fixedSegments() && template.isGreedy() ? GREEDY : NONE;
    }
}
