package io.portablefn.samples.spring;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.samples.spring.SpringHelloApplication.Person;
import io.portablefn.samples.spring.SpringHelloApplication.Salutation;

/** A plain portable typed function, called from Spring through the FunctionCatalog. */
@Function(name = "greet")
@HttpTrigger(methods = HttpMethod.POST, path = "/greet")
public class Greet implements TypedHttpHandler<Person, Salutation> {

    @Override
    public Salutation handle(Person person, HttpRequest request, Context context) {
        if (person.name() == null || person.name().isBlank()) {
            throw HttpException.badRequest("A name is required.");
        }
        return new Salutation("Hello, " + person.name());
    }
}
