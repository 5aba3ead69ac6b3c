package io.portablefn.samples.hello;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;

/** {@code POST /greet} with {@code {"name":"Ada"}} answers {@code {"greeting":"Hello, Ada"}}. */
@Function(name = "greet")
@HttpTrigger(methods = HttpMethod.POST, path = "/greet")
public class Greet implements TypedHttpHandler<Greet.Person, Greet.Greeting> {

    /** The request body. */
    public record Person(String name) {
    }

    /** The response body. */
    public record Greeting(String greeting) {
    }

    @Override
    public Greeting handle(Person person, HttpRequest request, Context context) {
        if (person.name() == null || person.name().isBlank()) {
            throw HttpException.badRequest("Give a non-empty \"name\".");
        }
        context.logger().info("greeting " + person.name());
        return new Greeting("Hello, " + person.name());
    }
}
