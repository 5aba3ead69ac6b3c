package io.portablefn.samples.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.TopicTrigger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one audit log line per message published to the {@code order-events} topic, with the
 * message as it came: its id, size, publish time and attributes (SNS message attributes, Service
 * Bus application properties, Pub/Sub attributes). It reads the topic through its own
 * subscription, named after the function: {@code order-audit}.
 */
@Function(name = "order-audit")
@TopicTrigger(topic = "order-events")
public class OrderAudit implements MessageHandler {

    @Override
    public void handle(Message message, Context context) {
        context.logger().info(describe(message));
    }

    /**
     * The audit line, such as {@code order event m-1: 27 bytes, published 2026-01-01T00:00:00Z,
     * attributes {status=shipped, tenant=acme}}; attributes sorted by name, so lines compare.
     */
    static String describe(Message message) {
        Map<String, String> attributes = new TreeMap<>(message.attributes());
        return "order event " + message.id() + ": " + message.body().length + " bytes"
                + message.publishTime().map(time -> ", published " + time).orElse("")
                + (attributes.isEmpty() ? ", no attributes" : ", attributes " + attributes);
    }
}
