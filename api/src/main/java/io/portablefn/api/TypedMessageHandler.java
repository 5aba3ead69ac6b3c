package io.portablefn.api;

/**
 * A {@link MessageHandler} whose JSON message body is bound to {@code T}, with the same Jackson
 * configuration as HTTP bodies (docs/mapping.md).
 *
 * <pre>{@code
 * public record Order(String id, int quantity) {}
 *
 * public void handle(Order order, Message message, Context context) { ... }
 * }</pre>
 *
 * <p>A body that is empty, not JSON, or does not fit {@code T} fails that message before the
 * handler is called (it is delivered again and finally dead-lettered, so nothing is lost), and
 * the log names the message and the problem. Returning and throwing mean what they mean for
 * {@link MessageHandler}.
 *
 * @param <T> the body type: a record, POJO or collection
 */
@FunctionalInterface
public interface TypedMessageHandler<T> {

    /**
     * Handles one message whose body has already been bound.
     *
     * @throws Exception to have the message delivered again (see {@link MessageHandler})
     */
    void handle(T body, Message message, Context context) throws Exception;
}
