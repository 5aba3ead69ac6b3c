package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link StorageQueue}: function {@code storagequeue}.
 */
@Generated("io.portablefn.processor")
public final class StorageQueue_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(StorageQueue_PortableFunction.FUNCTION);

    @FunctionName("storagequeue")
    public void run(
            @QueueTrigger(name = "message", queueName = "orders", connection = "AzureWebJobsStorage", dataType = "binary")
            byte[] message,
            @BindingName("Id") String id,
            @BindingName("DequeueCount") String dequeueCount,
            @BindingName("InsertionTime") String insertionTime,
            ExecutionContext context) {
        ADAPTER.storageQueue(message, id, dequeueCount, insertionTime, context);
    }
}
