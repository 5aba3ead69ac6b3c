package io.portablefn.conformance.deadline;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/** Answers with the remaining time its context reports, in milliseconds. */
@Function(name = "remaining-time", timeoutSeconds = 42)
@HttpTrigger(path = "/remaining-time")
public class RemainingTime implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        return HttpResponse.ok().text(Long.toString(context.remainingTime().toMillis()));
    }
}
