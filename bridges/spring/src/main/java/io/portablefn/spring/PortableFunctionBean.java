package io.portablefn.spring;

import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.JulLog;
import java.time.Instant;
import java.util.function.Function;
import java.util.logging.Logger;
import org.springframework.messaging.Message;

/**
 * One portable function as a Spring Cloud Function bean. It runs portablefn's whole pipeline
 * (routing when the message names a path, binding, error mapping), so a function answers the same
 * through Spring's catalog as on every cloud. Immutable and thread-safe.
 */
final class PortableFunctionBean implements Function<Message<byte[]>, Message<byte[]>> {

    private final HttpFunction function;
    private final JulLog log; // records carry the function name, invocation id and trace id

    PortableFunctionBean(HttpFunction function) {
        this.function = function;
        this.log = new JulLog(Logger.getLogger("io.portablefn.function." + function.name()));
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> message) {
        HttpRequest request = PortableMessages.request(message, function);
        // Inside a Spring application the function runs in the user's own process, as on the
        // local server: hence LOCAL, and a deadline of the function's own timeout.
        InvocationContext context = new InvocationContext(Provider.LOCAL, request.requestId(), function.name(),
                Instant.now().plusSeconds(function.timeoutSeconds()), log);
        HttpResponse response = PortableMessages.routed(message)
                ? function.invoke(request, context)
                : function.call(request, context);
        return PortableMessages.message(response);
    }

    @Override
    public String toString() {
        return "portable function " + function;
    }
}
