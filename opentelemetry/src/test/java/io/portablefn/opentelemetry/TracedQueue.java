package io.portablefn.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.QueueTrigger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes down the span current while it handles each message, by message id, and fails a
 * message whose body is {@code fail}.
 */
@Function(name = "traced-queue")
@QueueTrigger(queue = "traced")
public class TracedQueue implements MessageHandler {

    static final Map<String, String> CURRENT_SPAN_IDS = new ConcurrentHashMap<>();

    @Override
    public void handle(Message message, Context context) {
        CURRENT_SPAN_IDS.put(message.id(), Span.current().getSpanContext().getSpanId());
        if (message.bodyAsString().equals("fail")) {
            throw new IllegalStateException("message " + message.id() + " asked to fail");
        }
    }
}
