package io.portablefn.benchmarks.greet;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.benchmarks.logic.Greeter;

/**
 * The benchmarked function, written once: {@code POST /greet} with {@code {"name":"Ada"}}
 * answers {@code {"greeting":"Hello, Ada"}}. The processor generates its AWS, Azure and GCP
 * entry points at compile time. Unlike samples/hello it does not log, so that what is measured
 * is the adapters, not a log sink; the hand-written variants run the same {@link Greeter}.
 */
@Function(name = "greet")
@HttpTrigger(methods = HttpMethod.POST, path = "/greet")
public class Greet implements TypedHttpHandler<Greeter.Person, Greeter.Greeting> {

    @Override
    public Greeter.Greeting handle(Greeter.Person person, HttpRequest request, Context context) {
        try {
            return Greeter.greet(person);
        } catch (IllegalArgumentException invalid) {
            throw HttpException.badRequest(invalid.getMessage());
        }
    }
}
