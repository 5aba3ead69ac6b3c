package it;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

@Function(name = "hello")
@HttpTrigger(path = "/hello")
public class Hello implements HttpHandler {
    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        return HttpResponse.ok().text("hello");
    }
}
