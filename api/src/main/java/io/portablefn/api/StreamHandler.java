package io.portablefn.api;

/**
 * A function called once per record of a {@link StreamTrigger stream}, with the record as it
 * arrived; {@link TypedStreamHandler} binds its body instead.
 *
 * <pre>{@code
 * public void handle(StreamRecord record, Context context) {
 *     context.logger().info(record.partitionKey() + "@" + record.sequence() + ": " + record.bodyAsString());
 * }
 * }</pre>
 *
 * <p>Returning acknowledges the record; throwing {@link DropEventException} acknowledges it and
 * logs the reason; throwing anything else stops the record's partition at that record, which
 * comes again, in order, until it succeeds or is dead-lettered (see {@link StreamTrigger}).
 */
@FunctionalInterface
public interface StreamHandler {

    /**
     * Handles one record.
     *
     * @throws Exception to have this record and the later ones of its partition delivered again
     */
    void handle(StreamRecord record, Context context) throws Exception;
}
