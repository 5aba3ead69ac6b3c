package io.portablefn.conformance.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.QueueTrigger;
import java.nio.charset.StandardCharsets;

/**
 * A queue function that, in a child JVM (a cloud's real runtime, where {@value SeenLog#PROPERTY}
 * is set), records another body than it was handed: as if the runtime had changed the message on
 * its way. A suite that judged child targets on what the cloud was told alone would pass it.
 */
@Function(name = "two-faced")
@QueueTrigger(queue = "two-faced")
public class TwoFaced implements MessageHandler {

    static final String OTHER_BODY = "not what the cloud was told";

    @Override
    public void handle(Message message, Context context) {
        boolean inChild = System.getProperty(SeenLog.PROPERTY) != null;
        Seen.message(TwoFaced.class, inChild ? Message.builder().id(message.id())
                .body(OTHER_BODY.getBytes(StandardCharsets.UTF_8)).build() : message);
    }
}
