package io.portablefn.samples.hello;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/** {@code GET /hello?name=Ada} answers the text {@code Hello, Ada}. */
@Function(name = "hello")
@HttpTrigger(path = "/hello")
public class Hello implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        String name = request.query().first("name").orElse("world");
        return HttpResponse.ok().text("Hello, " + name);
    }
}
