package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueOutput;
import io.portablefn.azure.AzureStreamAdapter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link Clicks}: function {@code clicks}.
 */
@Generated("io.portablefn.processor")
public final class Clicks_AzureFunction {
    private static final AzureStreamAdapter ADAPTER = new AzureStreamAdapter(Clicks_PortableFunction.FUNCTION);

    @FunctionName("clicks")
    @ExponentialBackoffRetry(maxRetryCount = 7, minimumInterval = "00:00:05", maximumInterval = "00:05:00")
    public void run(
            @EventHubTrigger(name = "events", eventHubName = "clicks", connection = "EventHubConnection", cardinality = Cardinality.MANY, dataType = "binary")
            byte[][] events,
            @BindingName("SystemPropertiesArray") String systemProperties,
            @QueueOutput(name = "poison", queueName = "clicks-poison", connection = "AzureWebJobsStorage")
            OutputBinding<List<String>> poison,
            ExecutionContext context) {
        ADAPTER.eventHub(events, systemProperties, poison, context);
    }
}
