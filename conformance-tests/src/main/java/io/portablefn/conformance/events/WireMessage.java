package io.portablefn.conformance.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One message as a producer sent it, before any cloud wrapped it: what an event target turns into
 * its cloud's native record (an SQS record, a Service Bus message, a Pub/Sub push body).
 *
 * @param id the message id the cloud assigns (a target uses it as the native id)
 * @param body the bytes sent
 * @param attributes the attributes sent with it (a cloud without attributes drops them)
 * @param deliveryCount how many times it has been delivered, this time included; null for 1st
 *     delivery where the cloud does not count
 * @param publishTime when it was sent; null to let the target pick a fixed time
 * @param orderingKey the FIFO group, session or ordering key; null for none
 * @param traceparent the W3C trace context the producer sent it in, which each target puts in
 *     its cloud's carrier (docs/observability.md); null for none
 */
public record WireMessage(String id, byte[] body, Map<String, String> attributes, Integer deliveryCount,
        Instant publishTime, String orderingKey, String traceparent) {

    /** A message sent outside any trace. */
    public WireMessage(String id, byte[] body, Map<String, String> attributes, Integer deliveryCount,
            Instant publishTime, String orderingKey) {
        this(id, body, attributes, deliveryCount, publishTime, orderingKey, null);
    }

    public WireMessage {
        Objects.requireNonNull(id, "id");
        body = body == null ? new byte[0] : body.clone();
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
