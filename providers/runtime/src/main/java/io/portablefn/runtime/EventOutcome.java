package io.portablefn.runtime;

/**
 * What became of one event handed to a function; each provider turns it into its cloud's own
 * signal (docs/events.md): a {@code batchItemFailures} entry, a rethrow, a non-2xx status.
 */
public enum EventOutcome {
    /** The handler returned: acknowledge the event. */
    ACKNOWLEDGED,
    /** The handler threw {@code DropEventException}: acknowledge it too; the reason was logged. */
    DROPPED,
    /** The event could not be bound, or the handler threw, or ran out of time: deliver it again. */
    FAILED;

    /** True when the cloud must deliver the event again. */
    public boolean redeliver() {
        return this == FAILED;
    }
}
