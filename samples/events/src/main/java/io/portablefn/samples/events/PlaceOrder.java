package io.portablefn.samples.events;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.TypedMessageHandler;

/**
 * Places each order of the {@code orders} queue, its JSON body bound to an {@link Order}. It
 * shows the three fates a message can have, the same on every cloud:
 * <ul>
 *   <li>a good order is placed and the method returns: the message is acknowledged;
 *   <li>an order for nothing (a quantity of 0 or less) can never be placed and nobody needs to
 *       look at it: {@link DropEventException} acknowledges it without a retry, and the reason is
 *       logged;
 *   <li>an order without an id or SKU is a producer's bug (a poison message): throwing has the
 *       cloud deliver that message again and, after the queue's retries, move it to the
 *       dead-letter (poison) queue, where someone can inspect it. The other messages of its batch
 *       are not delivered again.
 * </ul>
 * A body that is not an order in JSON never reaches {@code handle}: the runtime fails it like a
 * throw, so it ends in the dead-letter queue too.
 */
@Function(name = "place-order")
@QueueTrigger(queue = "orders")
public class PlaceOrder implements TypedMessageHandler<Order> {

    @Override
    public void handle(Order order, Message message, Context context) {
        if (isBlank(order.id()) || isBlank(order.sku())) {
            // Not DropEventException: a malformed order should be kept for a person to see.
            throw new IllegalArgumentException("message " + message.id() + " holds an order without an id or SKU");
        }
        if (order.quantity() <= 0) {
            throw new DropEventException("order " + order.id() + " is for " + order.quantity() + " x "
                    + order.sku() + ": nothing to place");
        }
        // A real function calls the order service here; if that fails, the throw retries the message.
        String attempt = message.deliveryCount().isPresent() && message.deliveryCount().getAsInt() > 1
                ? " (delivery " + message.deliveryCount().getAsInt() + ")" : "";
        context.logger().info("placed order " + order.id() + ": " + order.quantity() + " x " + order.sku() + attempt);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
