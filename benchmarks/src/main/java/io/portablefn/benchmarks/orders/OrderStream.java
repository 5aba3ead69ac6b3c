package io.portablefn.benchmarks.orders;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.StreamRecord;
import io.portablefn.api.StreamTrigger;
import io.portablefn.api.TypedStreamHandler;
import io.portablefn.benchmarks.logic.Orders;

/** The benchmarked stream function: one {@link Orders#place} call per record of a Kinesis batch. */
@Function(name = "order-stream")
@StreamTrigger(stream = "order-stream")
public class OrderStream implements TypedStreamHandler<Orders.Order> {

    @Override
    public void handle(Orders.Order order, StreamRecord record, Context context) {
        Orders.place(order);
    }
}
