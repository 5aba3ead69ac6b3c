package io.portablefn.samples.spring;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/** A plain portable function with a status, a header and two cookies: all must survive Spring's catalog. */
@Function(name = "hello")
@HttpTrigger(methods = HttpMethod.GET, path = "/hello/{name}")
public class Hello implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        String name = request.pathParameter("name").orElseThrow();
        String greeting = request.query().first("greeting").orElse("Hello");
        return HttpResponse.status(201)
                .header("X-Greeted", name)
                .cookie("greeted=" + name + "; Path=/")
                .cookie("visits=1; Path=/; HttpOnly")
                .text(greeting + ", " + name);
    }
}
