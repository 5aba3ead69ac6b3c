package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link ServiceBus}: function {@code servicebus}.
 */
@Generated("io.portablefn.processor")
public final class ServiceBus_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(ServiceBus_PortableFunction.FUNCTION);

    @FunctionName("servicebus")
    public void run(
            @ServiceBusQueueTrigger(name = "message", queueName = "orders", connection = "ServiceBusConnection", dataType = "binary")
            byte[] message,
            @BindingName("MessageId") String messageId,
            @BindingName("DeliveryCount") String deliveryCount,
            @BindingName("EnqueuedTimeUtc") String enqueuedTimeUtc,
            @BindingName("UserProperties") String userProperties,
            ExecutionContext context) {
        ADAPTER.serviceBus(message, messageId, deliveryCount, enqueuedTimeUtc, userProperties, context);
    }
}
