package io.portablefn.api;

/**
 * A {@link StreamHandler} whose JSON record body is bound to {@code T}, by the same rules as
 * HTTP bodies (docs/mapping.md §4). A body that does not fit fails the record before the
 * handler runs, as a throw would (see {@link StreamTrigger}), and the log says why.
 *
 * @param <T> the body type: a record, POJO or collection
 */
@FunctionalInterface
public interface TypedStreamHandler<T> {

    /**
     * Handles one record whose body has already been bound.
     *
     * @throws Exception to have this record and the later ones of its partition delivered again
     */
    void handle(T body, StreamRecord record, Context context) throws Exception;
}
