package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link Topic}: function {@code topic}.
 */
@Generated("io.portablefn.processor")
public final class Topic_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(Topic_PortableFunction.FUNCTION);

    @FunctionName("topic")
    public void run(
            @ServiceBusTopicTrigger(name = "message", topicName = "order-events", subscriptionName = "audit",
                    connection = "ServiceBusConnection", dataType = "binary")
            byte[] message,
            @BindingName("MessageId") String messageId,
            @BindingName("DeliveryCount") String deliveryCount,
            @BindingName("EnqueuedTimeUtc") String enqueuedTimeUtc,
            @BindingName("UserProperties") String userProperties,
            ExecutionContext context) {
        ADAPTER.serviceBus(message, messageId, deliveryCount, enqueuedTimeUtc, userProperties, context);
    }
}
