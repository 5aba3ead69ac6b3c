package io.portablefn.api;

/**
 * A function called once per object created in or deleted from a {@link StorageTrigger bucket}.
 *
 * <pre>{@code
 * public void handle(StorageEvent event, Context context) {
 *     if (event.kind() == StorageEvent.Kind.CREATED) { resize(event.bucket(), event.key()); }
 * }
 * }</pre>
 *
 * <p>Returning acknowledges the event. Throwing {@link DropEventException} acknowledges it with
 * the reason logged. Throwing anything else has the cloud deliver it again (docs/events.md).
 */
@FunctionalInterface
public interface StorageHandler {

    /**
     * Handles one storage event.
     *
     * @throws Exception to have the event delivered again
     */
    void handle(StorageEvent event, Context context) throws Exception;
}
