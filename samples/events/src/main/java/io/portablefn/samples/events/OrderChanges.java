package io.portablefn.samples.events;

import io.portablefn.api.Change;
import io.portablefn.api.ChangeHandler;
import io.portablefn.api.ChangeTrigger;
import io.portablefn.api.Context;
import io.portablefn.api.Function;

/**
 * Keeps the stock ledger in step with the {@code orders} table: for each change to an order it
 * says how many items of its article are now reserved more or fewer. A DynamoDB stream, a Cosmos
 * DB change feed or Firestore document events bring the changes (docs/events.md §9).
 *
 * <p>Where the cloud gives no old item (Cosmos DB's feed, whose changes are all {@code WRITTEN}),
 * the delta is unknown and the line gives the new quantity instead. Changes can come more than
 * once: a real ledger keys its entries by {@link Change#position()}, so a repeat changes nothing.
 */
@Function(name = "order-changes")
@ChangeTrigger(table = "orders", batchSize = 50)
public class OrderChanges implements ChangeHandler<Order> {

    @Override
    public void handle(Change<Order> change, Context context) {
        Order order = change.newItem().or(change::oldItem).orElseThrow();
        context.logger().info("order " + change.key().get("id") + " (" + order.sku() + ") at " + change.position()
                + ": " + reservation(change));
    }

    /** "+2 reserved", "-1 reserved", or "3 reserved now" when the cloud did not say what it was. */
    static String reservation(Change<Order> change) {
        int now = change.newItem().map(Order::quantity).orElse(0);
        if (change.kind() == Change.Kind.WRITTEN && change.oldItem().isEmpty()) {
            return now + " reserved now";
        }
        int delta = now - change.oldItem().map(Order::quantity).orElse(0);
        return (delta >= 0 ? "+" : "") + delta + " reserved";
    }
}
