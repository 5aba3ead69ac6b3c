package io.portablefn.conformance.azure;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/** Echoes what it received; the Azure model's end-to-end fixture. */
@Function(name = "azure-echo")
@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.POST}, path = "/azure-echo/{name}")
public class AzureEcho implements HttpHandler {
    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        if (request.query().first("fail").isPresent()) {
            throw new IllegalStateException("asked to fail");
        }
        return HttpResponse.ok()
                .header("x-path", request.path())
                .header("x-query", request.query().toString())
                .header("x-provider", context.provider().name())
                .header("x-multi", "1").header("x-multi", "2")
                .cookie("a=1").cookie("b=2")
                .contentType("application/octet-stream")
                .bytes(request.body());
    }
}
