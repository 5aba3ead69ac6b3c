package io.portablefn.conformance.gcp;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;
import java.util.Base64;

/**
 * Echoes what the GCP targets must carry, one field per line, and answers with what they must
 * carry back: a status, a header with two lines, two cookies and the request body as bytes; or
 * with {@code ?content-type=...}, a text body of that content type.
 */
@Function(name = "gcp-probe")
@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.POST}, path = "/probe/{id}")
public class Probe implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        String echo = String.join("\n",
                "method=" + request.method(),
                "path=" + request.path(),
                "id=" + request.pathParameter("id").orElse(""),
                "query=" + request.query(),
                "x-t-multi=" + request.headers().get("x-t-multi").orElse("") + " " + request.headers().all("x-t-multi"),
                "cookies=" + request.cookies(),
                "content-type=" + request.headers().get("content-type").orElse(""),
                "body=" + Base64.getEncoder().encodeToString(request.body()),
                "provider=" + context.provider());
        if (request.query().first("content-type").isPresent()) {
            return HttpResponse.ok().contentType(request.query().first("content-type").get()).text("typed");
        }
        if (request.method().equals("POST")) {
            return HttpResponse.status(201).header("X-Multi", "one").header("X-Multi", "two")
                    .cookie("a=1; Path=/").cookie("b=2; HttpOnly").bytes(request.body());
        }
        return HttpResponse.ok().header("X-Echo", "yes").text(echo);
    }
}
