package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} with each message of a queue: an SQS queue on AWS, a Storage
 * queue (or a Service Bus queue, see {@link #azureService()}) on Azure, and a Pub/Sub topic
 * with a push subscription on Google Cloud. The class implements {@link MessageHandler} or
 * {@link TypedMessageHandler}.
 *
 * <pre>{@code
 * @Function(name = "place-order")
 * @QueueTrigger(queue = "orders")
 * public class PlaceOrder implements TypedMessageHandler<Order> {
 *     public void handle(Order order, Message message, Context context) { ... }
 * }
 * }</pre>
 *
 * <p>The handler is called once per message. Returning acknowledges the message; throwing
 * fails only that message, which the cloud delivers again and finally dead-letters; throwing
 * {@link DropEventException} acknowledges it without retry (docs/events.md, per cloud).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface QueueTrigger {

    /**
     * The queue's name (on Google Cloud, the Pub/Sub topic's), which every cloud must accept: 3 to
     * 63 characters, a lower-case letter first, then lower-case letters, digits and single hyphens,
     * ending with a letter or digit, and not starting with {@code goog} (Pub/Sub reserves it).
     */
    String queue();

    /** Which Azure service holds the queue; the other clouds have one kind of queue. */
    AzureService azureService() default AzureService.STORAGE_QUEUE;

    /** The two queue services of Azure Functions. */
    enum AzureService {
        /** Azure Storage queues ({@code queueTrigger}); poison messages go to {@code <queue>-poison}. */
        STORAGE_QUEUE,
        /** Azure Service Bus queues ({@code serviceBusTrigger}); poison messages go to the dead-letter queue. */
        SERVICE_BUS
    }
}
