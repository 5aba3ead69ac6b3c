package io.portablefn.processor;

import io.portablefn.api.StreamTrigger;
import io.portablefn.processor.spi.TriggerModel;
import javax.lang.model.element.TypeElement;

/**
 * The rules of {@code @StreamTrigger} (docs/events.md §10, docs/processor.md): the stream's name
 * keeps the channel rule every cloud accepts and leaves room for the Azure poison queue, and the
 * retries and batch size stay within what every cloud's descriptor takes.
 */
final class StreamTriggerChecks {

    /** Azure Storage queue names end at 63 characters, and the poison queue is {@code <stream>-poison}. */
    static final int STREAM_MAX = 63 - "-poison".length();
    /** Pub/Sub's dead-letter policy takes 5 to 100 delivery attempts: one delivery plus the retries. */
    static final int RETRIES_MIN = 4;
    static final int RETRIES_MAX = 99;
    /** Kinesis event source mappings take batches of 1 to 10000 records. */
    static final int BATCH_MAX = 10_000;

    private final TriggerChecks names;
    private final Diagnostics diagnostics;

    StreamTriggerChecks(TriggerChecks names, Diagnostics diagnostics) {
        this.names = names;
        this.diagnostics = diagnostics;
    }

    /** The stream's model, or null when a rule is broken (each broken rule is reported). */
    TriggerModel check(TypeElement type, StreamTrigger stream) {
        boolean ok = names.channelName(type, stream, "stream", stream.stream());
        if (ok && stream.stream().length() > STREAM_MAX) {
            error(type, "invalid-stream", "The stream name '" + stream.stream() + "' on " + type + " has "
                    + stream.stream().length() + " characters: use at most " + STREAM_MAX + ", so that the Azure"
                    + " poison queue '<stream>-poison' is a valid Storage queue name (63 characters at most)");
            ok = false;
        }
        if (stream.retries() < RETRIES_MIN || stream.retries() > RETRIES_MAX) {
            error(type, "invalid-retries", "@StreamTrigger(retries = " + stream.retries() + ") on " + type + " is"
                    + " outside " + RETRIES_MIN + " to " + RETRIES_MAX + ": Pub/Sub's dead-letter policy takes 5 to"
                    + " 100 delivery attempts (the first delivery and the retries)");
            ok = false;
        }
        if (stream.batchSize() < 1 || stream.batchSize() > BATCH_MAX) {
            error(type, "invalid-batch-size", "@StreamTrigger(batchSize = " + stream.batchSize() + ") on " + type
                    + " is outside 1 to " + BATCH_MAX + ": what a Kinesis event source mapping takes");
            ok = false;
        }
        return ok ? new TriggerModel.Stream(stream.stream(), stream.retries(), stream.batchSize()) : null;
    }

    private void error(TypeElement type, String tag, String message) {
        diagnostics.error(tag, message, type, StreamTrigger.class.getName());
    }
}
