package io.portablefn.api;

/**
 * A function called once per message of a {@link QueueTrigger queue} or {@link TopicTrigger
 * topic}, with the message as it arrived.
 *
 * <pre>{@code
 * public void handle(Message message, Context context) {
 *     context.logger().info("got " + message.id() + ": " + message.bodyAsString());
 * }
 * }</pre>
 *
 * <p>What the handler does decides the message's fate, on every cloud alike:
 * <ul>
 *   <li>it returns: the message is acknowledged and never delivered again;
 *   <li>it throws {@link DropEventException}: the message is acknowledged too, and the reason is
 *       logged; use it for a message that no retry can fix;
 *   <li>it throws anything else: only this message fails; the cloud delivers it again and, after
 *       its retries, moves it to the dead-letter (poison) queue. The other messages of the same
 *       batch are not affected.
 * </ul>
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * Handles one message.
     *
     * @throws Exception to have the message delivered again (see above)
     */
    void handle(Message message, Context context) throws Exception;
}
