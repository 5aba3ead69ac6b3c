package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.FunctionName;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link AuditOrders}: function {@code auditorders}.
 */
@Generated("io.portablefn.processor")
public final class AuditOrders_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(AuditOrders_PortableFunction.FUNCTION);

    @FunctionName("auditorders")
    @ExponentialBackoffRetry(maxRetryCount = 5, minimumInterval = "00:00:04", maximumInterval = "00:15:00")
    public void run(@CosmosDBTrigger(name = "documents", databaseName = "default", containerName = "orders",
            connection = "CosmosDBConnection", leaseContainerName = "leases", leaseContainerPrefix = "auditorders-",
            createLeaseContainerIfNotExists = true, maxItemsPerInvocation = 50) String documents,
            ExecutionContext context) {
        ADAPTER.cosmosChanges(documents, context);
    }
}
