package io.portablefn.runtime;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import java.util.EnumSet;
import java.util.List;

/**
 * One typed HTTP invocation with record body and result, as a cold function runs it; loaded by
 * {@link RecordJsonIsolationTest}'s own class loader, so every class it touches is counted there.
 */
final class IsolatedInvocation {

    private IsolatedInvocation() {
    }

    record Order(String id, int quantity, List<String> tags) {
    }

    record Receipt(String orderId, long total, Boolean gift) {
    }

    /** The response as "status body". */
    static String run() {
        HttpFunction order = HttpFunction.typed("order", 60, "/orders", EnumSet.of(HttpMethod.POST),
                (Order body, HttpRequest request, io.portablefn.api.Context context) ->
                        new Receipt(body.id(), body.quantity() * 250L, body.tags().isEmpty() ? null : true),
                new BodyType<Order>() { });
        HttpResponse response = order.invoke(HttpRequest.builder().method("POST").path("/orders")
                        .body("{\"id\":\"o-1\",\"quantity\":3,\"tags\":[\"gift\"]}").build(),
                TestContexts.context(new TestContexts.RecordingLogger()));
        return response.status() + " " + response.bodyAsString();
    }
}
