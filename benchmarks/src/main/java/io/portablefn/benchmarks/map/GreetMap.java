package io.portablefn.benchmarks.map;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.benchmarks.logic.Greeter;
import java.util.Map;

/**
 * The benchmarked greeting with {@code Map} bodies ({@code Map<String, Object>} in,
 * {@code Map<String, String>} out), on {@code POST /greet-map}; a package of its own, so that
 * its deployment holds this function only.
 */
@Function(name = "greet-map")
@HttpTrigger(methods = HttpMethod.POST, path = "/greet-map")
public class GreetMap implements TypedHttpHandler<Map<String, Object>, Map<String, String>> {

    @Override
    public Map<String, String> handle(Map<String, Object> person, HttpRequest request, Context context) {
        try {
            return Greeter.greet(person);
        } catch (IllegalArgumentException invalid) {
            throw HttpException.badRequest(invalid.getMessage());
        }
    }
}
