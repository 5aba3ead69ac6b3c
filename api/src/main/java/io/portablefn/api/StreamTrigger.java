package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} with each record of a stream: a Kinesis data stream on AWS, an
 * Event Hub on Azure and, on Google Cloud, the choice docs/events.md states and justifies. The
 * class implements {@link StreamHandler} or {@link TypedStreamHandler}.
 *
 * <pre>{@code
 * @Function(name = "count-clicks")
 * @StreamTrigger(stream = "clicks")
 * public class CountClicks implements TypedStreamHandler<Click> {
 *     public void handle(Click click, StreamRecord record, Context context) { ... }
 * }
 * }</pre>
 *
 * <p>The handler is called once per record, in order within a {@linkplain
 * StreamRecord#partitionKey() partition key}. Returning acknowledges the record; throwing stops
 * that partition at that record: it and the records after it are delivered again, in order,
 * until it succeeds or the cloud's retries give it up to the dead-letter destination
 * (docs/events.md, per cloud). Delivery is at least once: make the handler idempotent, using
 * {@link StreamRecord#sequence()} as the natural key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamTrigger {

    /**
     * The stream's name: the Kinesis stream, the Event Hub, the Pub/Sub topic (docs/events.md
     * §10). 3 to 56 characters, a lower-case letter first, then lower-case letters, digits and
     * single hyphens: what all three accept, leaving room for the Azure poison queue
     * {@code <stream>-poison}.
     */
    String stream();

    /**
     * How often a failed record is tried again before it is given up to the cloud's dead-letter
     * place (Kinesis on-failure destination, the Azure poison queue, the Pub/Sub dead-letter
     * topic). 4 to 99: Pub/Sub takes 5 to 100 delivery attempts.
     */
    int retries() default 4;

    /**
     * The most records one invocation takes where the function chooses it (Kinesis, 1 to 10000).
     * Azure takes the app's host.json {@code maxEventBatchSize}; Pub/Sub delivers one message at a time.
     */
    int batchSize() default 100;
}
