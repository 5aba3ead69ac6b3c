package io.portablefn.maven.internal;

import io.portablefn.runtime.PathTemplate;
import io.portablefn.runtime.RoutePrecedence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing rules the descriptors must keep. The processor reports the same conflicts when it
 * compiles, but an incremental compile sees only the classes it recompiles, and the manifest
 * read here is what gets deployed; so they are checked again, from the same rule
 * ({@link RoutePrecedence}), before anything is written.
 */
final class Routes {

    private Routes() {
    }

    /** Pairs of HTTP functions that clouds would route differently (the same method and path, ...). */
    static List<ConfigException> conflicts(List<Manifest.Function> functions) {
        List<RoutePrecedence.Route> routes = new ArrayList<>();
        for (Manifest.Function function : functions) {
            if (function.trigger().type().equals("http")) {
                routes.add(new RoutePrecedence.Route(function.name(), function.trigger().methods(),
                        PathTemplate.parse(function.trigger().path())));
            }
        }
        return RoutePrecedence.conflicts(routes).stream().map(ConfigException::route).toList();
    }

    /**
     * An API Gateway REST API is a tree of resources in which a resource has at most one child
     * that is a path variable ("A sibling ({id}) of this resource already has a variable path part
     * -- only one is allowed": amazon-archives/aws-apigateway-importer issue 202,
     * serverless/serverless issue 3075), whatever the methods. So {@code /orders/{id}} and
     * {@code /orders/{key}/items}, or {@code /files/{id}} and {@code /files/{rest+}}, cannot both
     * be behind it.
     */
    static List<ConfigException> restVariables(List<Deployment> restFunctions) {
        List<ConfigException> errors = new ArrayList<>();
        // resource path -> [its variable child, the function and template that made it]
        Map<String, String[]> variables = new LinkedHashMap<>();
        for (Deployment deployment : restFunctions) {
            String template = deployment.function().trigger().path();
            String parent = "";
            for (String segment : template.substring(1).split("/")) {
                if (segment.startsWith("{")) {
                    String[] other = variables.putIfAbsent(parent.isEmpty() ? "/" : parent,
                            new String[] {segment, deployment.name(), template});
                    if (other != null && !other[0].equals(segment)) {
                        errors.add(ConfigException.restVariables(other[1], other[2], deployment.name(), template,
                                parent.isEmpty() ? "/" : parent));
                    }
                }
                parent += "/" + segment;
            }
        }
        return errors;
    }
}
