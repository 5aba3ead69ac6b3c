package io.portablefn.conformance.azure.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import io.portablefn.api.Message;
import io.portablefn.azure.AzureEventAdapter;
import io.portablefn.conformance.azure.events.HostInvocation.Typed;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.runtime.EventFunction;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The Azure model merges a string body's JSON over the queue metadata, as the host does, and a binary one not. */
class BodyBindingDataTest {

    private static final String BODY = "{\"id\":\"x\",\"DequeueCount\":\"abc\",\"MessageId\":\"y\",\"DeliveryCount\":9,"
            + "\"flag\":true,\"nested\":{\"a\":1},\"list\":[1],\"gone\":null}";

    private static WireMessage message() {
        return new WireMessage("m-1", BODY.getBytes(StandardCharsets.UTF_8), Map.of(), 2,
                Instant.parse("2026-03-01T12:00:00Z"), null);
    }

    private static Object value(HostInvocation invocation, String name) {
        Typed typed = invocation.metadata().get(name);
        return typed == null ? null : typed.value();
    }

    @Test
    void aStringTriggerHasItsJsonMergedOverTheMetadataCaseInsensitively() {
        HostInvocation queue = HostEvents.storageQueue(message(), false);

        assertEquals("x", value(queue, "Id"), "'id' in the body replaces the metadata 'Id'");
        assertEquals("abc", value(queue, "DequeueCount"));
        assertEquals(null, value(queue, "id"), "the metadata keeps its own spelling");
        assertEquals("True", value(queue, "flag"));
        assertEquals(Typed.json("{\"a\":1}"), queue.metadata().get("nested"));
        assertEquals(null, value(queue, "list"), "arrays are not merged");
        assertEquals(null, value(queue, "gone"), "nulls are not merged");

        HostInvocation serviceBus = HostEvents.serviceBus(message(), 1, false);
        assertEquals("y", value(serviceBus, "MessageId"));
        assertEquals("9", value(serviceBus, "DeliveryCount"));
    }

    @Test
    void aBinaryTriggerKeepsTheQueuesOwnMetadata() {
        HostInvocation queue = HostEvents.storageQueue(message(), true);
        assertEquals("m-1", value(queue, "Id"));
        assertEquals("2", value(queue, "DequeueCount"));
        assertEquals(null, value(queue, "flag"));

        HostInvocation serviceBus = HostEvents.serviceBus(message(), 1, true);
        assertEquals("m-1", value(serviceBus, "MessageId"));
        assertEquals("2", value(serviceBus, "DeliveryCount"));
    }

    @Test
    void textThatIsNotAJsonObjectMergesNothing() {
        for (String body : new String[] {"[{\"Id\":\"x\"}]", "{\"Id\":", "plain", "  {\"Id\":\"x\"} trailing"}) {
            WireMessage message = new WireMessage("m-1", body.getBytes(StandardCharsets.UTF_8), Map.of(), 1, null, null);
            assertEquals("m-1", value(HostEvents.storageQueue(message, false), "Id"), body);
        }
    }

    static final List<Message> SEEN = new ArrayList<>();
    static final AzureEventAdapter ADAPTER = new AzureEventAdapter(EventFunction.messages("orders", 30,
            EventFunction.Kind.QUEUE, (message, context) -> SEEN.add(message)));

    /** What a generated method would be had it lost {@code dataType = "binary"}: the message bound as a String. */
    public static void stringBound(@QueueTrigger(name = "message", queueName = "orders", connection = "c") String message,
            @BindingName("Id") String id, @BindingName("DequeueCount") String dequeueCount,
            @BindingName("InsertionTime") String insertionTime, ExecutionContext context) {
        ADAPTER.storageQueue(message.getBytes(StandardCharsets.UTF_8), id, dequeueCount, insertionTime, context);
    }

    @Test
    void aMethodThatLostTheBinaryDeclarationWouldHandTheHandlerTheBodysId() throws Exception {
        Method method = BodyBindingDataTest.class.getMethod("stringBound", String.class, String.class, String.class,
                String.class, ExecutionContext.class);
        WireMessage message = new WireMessage("m-1", "{\"Id\":\"x\"}".getBytes(StandardCharsets.UTF_8), Map.of(), 2,
                null, null);
        HostInvocation invocation = HostEvents.storageQueue(message, TriggerAnnotations.trigger(method).binary());
        SEEN.clear();
        method.invoke(null, WorkerParameters.bind(method, "orders", invocation, Logger.getLogger("test")));
        assertEquals("x", SEEN.get(0).id(), "so message-metadata-not-from-body fails on such a method");
    }
}
