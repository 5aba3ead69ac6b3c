package io.portablefn.benchmarks.pojo;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.benchmarks.logic.Greeter;

/**
 * The benchmarked greeting with JavaBean bodies ({@link Greeter.PersonBean} in,
 * {@link Greeter.GreetingBean} out), on {@code POST /greet-pojo}; a package of its own, so that
 * its deployment holds this function only.
 */
@Function(name = "greet-pojo")
@HttpTrigger(methods = HttpMethod.POST, path = "/greet-pojo")
public class GreetPojo implements TypedHttpHandler<Greeter.PersonBean, Greeter.GreetingBean> {

    @Override
    public Greeter.GreetingBean handle(Greeter.PersonBean person, HttpRequest request, Context context) {
        try {
            return Greeter.greet(person);
        } catch (IllegalArgumentException invalid) {
            throw HttpException.badRequest(invalid.getMessage());
        }
    }
}
