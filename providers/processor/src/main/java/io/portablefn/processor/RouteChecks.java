package io.portablefn.processor;

import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.runtime.PathTemplate;
import io.portablefn.runtime.RoutePrecedence;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule across the HTTP functions of one compilation: no two may share a method on templates
 * that clouds would route differently ({@link RoutePrecedence}: the same template twice, a
 * pair where each is more specific somewhere, a greedy template beside one like its parent).
 * Reported under {@code route-conflict} on the function found second, naming both. The Maven
 * plugin checks the same rule on the functions it packages, since an incremental compile sees
 * only the classes it recompiles.
 */
final class RouteChecks {

    private final Diagnostics diagnostics;
    private final List<RoutePrecedence.Route> seen = new ArrayList<>();

    RouteChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Records an HTTP function's route; false (errors reported) when it conflicts with one seen before. */
    boolean add(FunctionModel function) {
        if (function.http() == null) {
            return true;
        }
        RoutePrecedence.Route route = new RoutePrecedence.Route(function.name(),
                function.http().methods().stream().map(Enum::name).toList(), PathTemplate.parse(function.http().path()));
        boolean ok = true;
        for (RoutePrecedence.Route other : seen) {
            String conflict = RoutePrecedence.conflict(other, route);
            if (conflict != null) {
                diagnostics.error("route-conflict", conflict, function.element(), FunctionChecks.FUNCTION);
                ok = false;
            }
        }
        seen.add(route);
        return ok;
    }
}
