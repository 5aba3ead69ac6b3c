package io.portablefn.benchmarks.logic;

/**
 * The order queue's logic and types, shared by every SQS variant: an order is accepted when its
 * quantity is positive and refused (an exception: the message is redelivered) otherwise.
 */
public final class Orders {

    private Orders() {
    }

    /** One message's body. */
    public record Order(String id, int quantity) {
    }

    /** @throws IllegalArgumentException for a poison order, whose message must be redelivered */
    public static void place(Order order) {
        if (order == null || order.quantity() <= 0) {
            throw new IllegalArgumentException("not a valid order");
        }
    }
}
