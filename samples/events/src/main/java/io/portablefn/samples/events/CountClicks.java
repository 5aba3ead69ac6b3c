package io.portablefn.samples.events;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Function;
import io.portablefn.api.StreamRecord;
import io.portablefn.api.StreamTrigger;
import io.portablefn.api.TypedStreamHandler;

/**
 * Counts page views from the {@code clicks} stream (a Kinesis stream on AWS, an Event Hub on
 * Azure, a Pub/Sub topic on Google Cloud), each record's JSON body bound to a {@link Click}. The
 * records of one user come in order, because producers use the user as the partition key. It shows
 * the fates a record can have, the same on every cloud (docs/events.md §10):
 * <ul>
 *   <li>a click is counted and the method returns: the stream moves past it;
 *   <li>a click from a bot is dropped with {@link DropEventException}: acknowledged, no retry;
 *   <li>a click without a page is a producer's bug: throwing stops its partition at that record,
 *       which comes again (with the records after it) until the retries give it up to the
 *       cloud's dead-letter place.
 * </ul>
 * Delivery is at least once, so the count is keyed by the record's partition key and sequence:
 * a record that comes again is not counted twice.
 */
@Function(name = "count-clicks")
@StreamTrigger(stream = "clicks")
public class CountClicks implements TypedStreamHandler<CountClicks.Click> {

    /** A page view, as the web servers put it on the stream; {@code bot} is absent for people. */
    public record Click(String user, String page, Boolean bot) {
    }

    @Override
    public void handle(Click click, StreamRecord record, Context context) {
        if (click.page() == null || click.page().isBlank()) {
            throw new IllegalArgumentException("record " + record.sequence() + " holds a click without a page");
        }
        if (Boolean.TRUE.equals(click.bot())) {
            throw new DropEventException("record " + record.sequence() + " is a bot's click");
        }
        // A real function adds to a counter here, once per (partition key, sequence).
        context.logger().info("counted " + click.page() + " for " + click.user() + " (record "
                + record.partitionKey().orElse("-") + "/" + record.sequence() + ")");
    }
}
