package io.portablefn.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/**
 * Answers what it saw: its invocation id, the span current while it ran and the trace context
 * the runtime gave it, as {@code invocationId traceId spanId contextTraceId}.
 */
@Function(name = "traced")
@HttpTrigger(methods = HttpMethod.GET, path = "/traced")
public class Traced implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        SpanContext current = Span.current().getSpanContext();
        return HttpResponse.ok().text(context.invocationId() + " " + current.getTraceId() + " " + current.getSpanId()
                + " " + context.traceContext().traceId());
    }
}
