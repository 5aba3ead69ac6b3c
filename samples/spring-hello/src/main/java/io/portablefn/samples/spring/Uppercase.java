package io.portablefn.samples.spring;

import io.portablefn.api.Function;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpTrigger;
import io.portablefn.spring.SpringFunction;

/** The Spring bean {@code uppercase}, served by portablefn's entry points on every cloud. */
@Function(name = "uppercase")
@HttpTrigger(methods = HttpMethod.POST, path = "/uppercase")
public class Uppercase extends SpringFunction<String, String> {

    public Uppercase() {
        super(SpringHelloApplication.class, "uppercase");
    }
}
