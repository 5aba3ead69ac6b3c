package io.portablefn.conformance.aws.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.TopicTrigger;

/** A topic function that fails a message whose body is "poison". */
@Function(name = "aws-audit")
@TopicTrigger(topic = "aws-audit")
public class AwsAudit implements MessageHandler {
    @Override
    public void handle(Message message, Context context) {
        Received.EVENTS.add(message);
        if (message.bodyAsString().equals("poison")) {
            throw new IllegalStateException("internal detail of " + message.id());
        }
    }
}
