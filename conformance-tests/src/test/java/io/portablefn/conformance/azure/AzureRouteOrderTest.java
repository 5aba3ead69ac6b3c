package io.portablefn.conformance.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.Suite;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The routing cases as one Azure app of every HTTP fixture would route them: the host's own
 * ordering of the routes the generated classes declare must pick the function each case names,
 * the one portablefn's precedence picks on the local server.
 */
class AzureRouteOrderTest {

    private static final List<String> ROUTING_RULES = List.of("http.route.greedy", "http.route.greedy-empty",
            "http.route.precedence");

    private static List<HostRouteOrder.Route> appRoutes() {
        List<HostRouteOrder.Route> routes = new ArrayList<>();
        for (Class<?> fixture : Suite.FIXTURES) {
            Method run;
            try {
                run = AzureTarget.functionMethod(GeneratedClasses.load(fixture, GeneratedClasses.AZURE));
            } catch (RuntimeException notHttp) {
                continue;
            }
            HttpTrigger trigger = run.getParameters()[0].getAnnotation(HttpTrigger.class);
            if (trigger != null) {
                routes.add(new HostRouteOrder.Route(run.getAnnotation(FunctionName.class).value(), trigger.route(),
                        trigger.methods()));
            }
        }
        return routes;
    }

    @TestFactory
    Stream<DynamicTest> theHostPicksTheFunctionEachRoutingCaseNames() {
        List<HostRouteOrder.Route> routes = appRoutes();
        return Suite.builtIn().cases().stream()
                .filter(c -> c.rules().stream().anyMatch(ROUTING_RULES::contains))
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> assertEquals(Optional.of(functionName(c)),
                        HostRouteOrder.choose(AzureTarget.ROUTE_PREFIX, routes, c.request()))));
    }

    private static String functionName(HttpCase httpCase) throws Exception {
        Method run = AzureTarget.functionMethod(GeneratedClasses.load(httpCase.function(), GeneratedClasses.AZURE));
        return run.getAnnotation(FunctionName.class).value();
    }

    @Test
    void theComparisonIsTheHosts() {
        List<String> routes = new ArrayList<>(List.of("api/files/{*rest}", "api/{x}", "api/files/{name}/v/{version}",
                "api/files/readme", "api/files"));
        routes.sort(HostRouteOrder::compare);
        assertEquals(List.of("api/files/readme", "api/files/{name}/v/{version}", "api/files/{*rest}", "api/files",
                "api/{x}"), routes);
        assertEquals(0, HostRouteOrder.compare("api/files/{id}", "api/files/{*rest}"), "equal: order undefined");
    }
}
