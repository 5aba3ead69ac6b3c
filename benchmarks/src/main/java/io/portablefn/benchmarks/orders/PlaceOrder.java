package io.portablefn.benchmarks.orders;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.TypedMessageHandler;
import io.portablefn.benchmarks.logic.Orders;

/** The benchmarked queue function: one {@link Orders#place} call per message of an SQS batch. */
@Function(name = "place-order")
@QueueTrigger(queue = "orders")
public class PlaceOrder implements TypedMessageHandler<Orders.Order> {

    @Override
    public void handle(Orders.Order order, Message message, Context context) {
        Orders.place(order);
    }
}
