package io.portablefn.conformance.azure.events;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.ScheduleTrigger;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StorageTrigger;
import io.portablefn.api.TopicTrigger;
import io.portablefn.api.TypedMessageHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tiny event functions for {@link AzureEventTargetTest}, one per Azure trigger: each records what
 * it is handed; a body or key starting with "poison" throws (with words that must never reach the
 * cloud), one starting with "drop" is dropped.
 */
public final class AzureEventFixtures {

    /** What the functions were handed, in order. */
    static final List<Object> SEEN = new CopyOnWriteArrayList<>();
    static final String SECRET = "words only the handler knows";

    private AzureEventFixtures() {
    }

    static void settle(String text) {
        if (text.startsWith("poison")) {
            throw new IllegalStateException(SECRET);
        }
        if (text.startsWith("drop")) {
            throw new DropEventException("dropped on purpose");
        }
    }

    @Function(name = "orders")
    @QueueTrigger(queue = "orders")
    public static final class StorageOrders implements MessageHandler {
        @Override
        public void handle(Message message, Context context) {
            SEEN.add(message);
            settle(message.bodyAsString());
        }
    }

    @Function(name = "audit")
    @TopicTrigger(topic = "order-events", subscription = "audit")
    public static final class Audit implements MessageHandler {
        @Override
        public void handle(Message message, Context context) {
            SEEN.add(message);
            settle(message.bodyAsString());
        }
    }

    /** A typed order from a Service Bus queue. */
    public record Order(String id, int quantity) {
    }

    @Function(name = "bus-orders")
    @QueueTrigger(queue = "orders", azureService = QueueTrigger.AzureService.SERVICE_BUS)
    public static final class BusOrders implements TypedMessageHandler<Order> {
        @Override
        public void handle(Order order, Message message, Context context) {
            SEEN.add(order);
        }
    }

    @Function(name = "thumbs")
    @StorageTrigger(bucket = "uploads", events = {StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED})
    public static final class Thumbs implements StorageHandler {
        @Override
        public void handle(StorageEvent event, Context context) {
            SEEN.add(event);
            settle(event.key());
        }
    }

    @Function(name = "nightly")
    @ScheduleTrigger(cron = "30 2 * * *")
    public static final class Nightly implements ScheduleHandler {
        @Override
        public void handle(ScheduleEvent event, Context context) {
            SEEN.add(event);
            settle(event.id());
        }
    }
}
