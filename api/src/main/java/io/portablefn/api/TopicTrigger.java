package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} with each message published to a topic: an SNS topic on AWS, a
 * Service Bus topic subscription on Azure, and a Pub/Sub topic on Google Cloud. The class
 * implements {@link MessageHandler} or {@link TypedMessageHandler}; returning and throwing
 * mean what they mean for {@link QueueTrigger}.
 *
 * <pre>{@code
 * @Function(name = "audit")
 * @TopicTrigger(topic = "order-events")
 * public class Audit implements MessageHandler { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TopicTrigger {

    /** The topic's name; the same rules as {@link QueueTrigger#queue()}. */
    String topic();

    /**
     * The subscription the function reads (Azure Service Bus needs one per reader); empty means
     * the function's name in lower case. The topic's rules apply, and at most 50 characters
     * (Service Bus's limit). AWS and Google Cloud create the subscription when deploying.
     */
    String subscription() default "";
}
