package io.portablefn.samples.spring;

import io.portablefn.api.Function;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpTrigger;
import io.portablefn.samples.spring.SpringHelloApplication.Person;
import io.portablefn.samples.spring.SpringHelloApplication.Salutation;
import io.portablefn.spring.SpringFunction;

/** The Spring bean {@code greeting}, served by portablefn's entry points on every cloud. */
@Function(name = "greeting")
@HttpTrigger(methods = HttpMethod.POST, path = "/greeting")
public class Greeting extends SpringFunction<Person, Salutation> {

    public Greeting() {
        super(SpringHelloApplication.class, "greeting");
    }
}
