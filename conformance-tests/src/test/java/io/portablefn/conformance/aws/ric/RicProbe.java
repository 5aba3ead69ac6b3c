package io.portablefn.conformance.aws.ric;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the aws-ric target must carry both ways: a JSON echo of the request (GET), the body back
 * as bytes (POST), a declared error ({@code ?mode=declared}), a bug ({@code ?mode=bug}), and the
 * context's deadline ({@code ?mode=deadline}) and its trace context's traceparent ({@code ?mode=trace}). A 7 s timeout so the deadline is recognisable.
 */
@Function(name = "ric-probe", timeoutSeconds = 7)
@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.POST}, path = "/ric-probe/{id}")
public class RicProbe implements HttpHandler {

    public static final String SECRET = "ric-secret=swordfish";

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        String id = request.pathParameter("id").orElse("");
        switch (request.query().first("mode").orElse("echo")) {
            case "declared":
                throw HttpException.conflict("probe " + id + " is taken");
            case "bug":
                throw new IllegalStateException("failed with " + SECRET);
            case "deadline":
                Map<String, Object> times = new LinkedHashMap<>();
                times.put("deadline", context.deadline().toEpochMilli());
                times.put("remaining", context.remainingTime().toMillis());
                times.put("invocationId", context.invocationId());
                return HttpResponse.ok().json(times);
            case "trace":
                return HttpResponse.ok().text(context.traceContext().traceparent());
            default:
                break;
        }
        if (request.method().equals("POST")) {
            return HttpResponse.status(201).header("X-Multi", "one").header("X-Multi", "two")
                    .cookie("a=1; Path=/").bytes(request.body());
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("id", id);
        echo.put("path", request.path());
        echo.put("query", request.query().toString());
        echo.put("x-t", request.headers().all("x-t"));
        echo.put("cookies", request.cookies().toString());
        echo.put("provider", context.provider().toString());
        return HttpResponse.ok().json(echo);
    }
}
