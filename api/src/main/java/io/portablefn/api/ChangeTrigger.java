package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} with each change to the items of a table: a DynamoDB table's
 * stream on AWS, a Cosmos DB container's change feed on Azure, and Firestore document events
 * (through Eventarc) on Google Cloud. The class implements {@link ChangeHandler}.
 *
 * <pre>{@code
 * @Function(name = "audit-orders")
 * @ChangeTrigger(table = "orders")
 * public class AuditOrders implements ChangeHandler<Order> {
 *     public void handle(Change<Order> change, Context context) { ... }
 * }
 * }</pre>
 *
 * <p>The handler is called once per change, in the order the cloud keeps for that item's key.
 * Returning acknowledges the change; throwing stops delivery at that change: it and the
 * changes after it are delivered again, in order, until it succeeds or the cloud's retries give
 * it up to the dead-letter destination (docs/events.md, per cloud). Delivery is at least once:
 * make the handler idempotent, using {@link Change#position()} as the natural key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ChangeTrigger {

    /** The table's name: the DynamoDB table, the Cosmos DB container, the Firestore collection. */
    String table();

    /**
     * The database that holds the table where the cloud has one: the Cosmos DB database on Azure
     * and the Firestore database on Google Cloud; AWS has none. Empty means each cloud's default
     * (docs/events.md says which).
     */
    String database() default "";

    /**
     * At most this many changes per invocation, 1 to 1000: DynamoDB's {@code BatchSize}, Cosmos
     * DB's {@code maxItemsPerInvocation}. Firestore sends one change per event.
     */
    int batchSize() default 100;

    /**
     * The Azure app setting that holds the Cosmos DB connection (or the prefix of its
     * identity-based settings); other clouds ignore it.
     */
    String azureConnection() default "CosmosDBConnection";
}
