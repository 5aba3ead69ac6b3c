package io.portablefn.conformance.aws.events;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.QueueTrigger;

/** A queue function that fails a message whose body is "poison" and drops one whose body is "drop". */
@Function(name = "aws-orders")
@QueueTrigger(queue = "aws-orders")
public class AwsOrders implements MessageHandler {
    @Override
    public void handle(Message message, Context context) {
        Received.EVENTS.add(message);
        switch (message.bodyAsString()) {
            case "poison" -> throw new IllegalStateException("internal detail of " + message.id());
            case "drop" -> throw new DropEventException("not wanted");
            default -> { }
        }
    }
}
