package io.portablefn.conformance.concurrency;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits until {@code parties} requests of the same group are inside the function at once (or 10 s
 * pass), then answers with what its own request carried. A runtime that calls the function one
 * request at a time can never gather the group, so parallelism is proven without timing anything.
 */
@Function(name = "rendezvous")
@HttpTrigger(methods = HttpMethod.POST, path = "/rendezvous/{group}")
public class Rendezvous implements HttpHandler {

    private static final Map<String, CountDownLatch> GROUPS = new ConcurrentHashMap<>();

    @Override
    public HttpResponse handle(HttpRequest request, Context context) throws InterruptedException {
        int parties = Integer.parseInt(request.query().first("parties").orElse("1"));
        CountDownLatch group = GROUPS.computeIfAbsent(request.pathParameter("group").orElseThrow(),
                g -> new CountDownLatch(parties));
        group.countDown();
        boolean together = group.await(10, TimeUnit.SECONDS);
        return HttpResponse.ok().header("X-Together", String.valueOf(together)).text(
                "query=" + request.query().first("id").orElse("") + " header=" + request.headers().get("x-t-id")
                        .orElse("") + " body=" + request.bodyAsString() + " invocation-is-own="
                        + !context.invocationId().isEmpty());
    }
}
