package io.portablefn.azure;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.portablefn.processor.spi.TriggerModel;
import java.util.List;

/**
 * The trigger parameter and retry policy of a change function's {@code @FunctionName} method, for
 * {@link AzureEventMethods}: a {@code @CosmosDBTrigger} on the container's change feed, read as
 * the JSON text of the batch (the documents in feed order) and handed to {@link
 * AzureEventAdapter#cosmosChanges}.
 *
 * <p>The Cosmos DB trigger checkpoints its lease after the function returns, whether it threw or
 * not, so a failed batch would be lost; the {@code @ExponentialBackoffRetry} makes the host run
 * it again first (the host supports retry policies for Cosmos DB triggers; Microsoft's Maven
 * plugin writes the annotation into function.json's {@code retry}). docs/events.md §9.2 says what
 * becomes of a change after the last retry.
 */
final class CosmosTriggerMethod {

    private static final String ANNOTATIONS = "com.microsoft.azure.functions.annotation";
    static final ClassName COSMOS_DB_TRIGGER = ClassName.get(ANNOTATIONS, "CosmosDBTrigger");
    static final ClassName EXPONENTIAL_BACKOFF_RETRY = ClassName.get(ANNOTATIONS, "ExponentialBackoffRetry");
    /** The lease container the trigger keeps its checkpoints in, created when missing. */
    static final String LEASE_CONTAINER = "leases";
    /** As many retries as the SAM template gives a DynamoDB stream batch. */
    static final int RETRIES = 5;
    static final String MINIMUM_INTERVAL = "00:00:04";
    static final String MAXIMUM_INTERVAL = "00:15:00";

    private CosmosTriggerMethod() {
    }

    /** Adds the trigger parameter and the retry policy; returns the adapter method to call. */
    static String add(String functionName, TriggerModel.Change change, MethodSpec.Builder method,
            List<ParameterSpec> parameters) {
        parameters.add(ParameterSpec.builder(String.class, "documents")
                .addAnnotation(AnnotationSpec.builder(COSMOS_DB_TRIGGER)
                        .addMember("name", "$S", "documents")
                        .addMember("databaseName", "$S", change.cosmosDatabase())
                        .addMember("containerName", "$S", change.table())
                        .addMember("connection", "$S", change.azureConnection())
                        .addMember("leaseContainerName", "$S", LEASE_CONTAINER)
                        // One lease container serves several functions: each keeps its own leases.
                        .addMember("leaseContainerPrefix", "$S", functionName + "-")
                        .addMember("createLeaseContainerIfNotExists", "$L", true)
                        .addMember("maxItemsPerInvocation", "$L", change.batchSize())
                        .build())
                .build());
        method.addAnnotation(AnnotationSpec.builder(EXPONENTIAL_BACKOFF_RETRY)
                .addMember("maxRetryCount", "$L", RETRIES)
                .addMember("minimumInterval", "$S", MINIMUM_INTERVAL)
                .addMember("maximumInterval", "$S", MAXIMUM_INTERVAL)
                .build());
        return "cosmosChanges";
    }
}
