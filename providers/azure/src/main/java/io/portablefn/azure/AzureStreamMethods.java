package io.portablefn.azure;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.TriggerModel;
import java.util.List;

/**
 * The {@code @FunctionName} method of a stream function, for {@link AzureGenerator}: an Event Hubs
 * trigger of cardinality many, its {@code SystemPropertiesArray} metadata, the poison queue's output
 * binding and a retry policy, all handed at once to {@link AzureStreamAdapter}
 * (docs/events.md §10).
 *
 * <p>The bodies are bound as {@code byte[][]} with {@code dataType = "binary"}: the worker hands
 * each event's bytes as they are (RpcCollectionByteArrayDataSource in
 * Azure/azure-functions-java-worker; Microsoft's own end-to-end tests bind Event Hubs batches so).
 */
final class AzureStreamMethods {

    private static final String ANNOTATIONS = "com.microsoft.azure.functions.annotation";
    static final ClassName EVENT_HUB_TRIGGER = ClassName.get(ANNOTATIONS, "EventHubTrigger");
    static final ClassName CARDINALITY = ClassName.get(ANNOTATIONS, "Cardinality");
    static final ClassName QUEUE_OUTPUT = ClassName.get(ANNOTATIONS, "QueueOutput");
    static final ClassName BACKOFF_RETRY = ClassName.get(ANNOTATIONS, "ExponentialBackoffRetry");
    static final ClassName OUTPUT_BINDING = ClassName.get("com.microsoft.azure.functions", "OutputBinding");
    static final ClassName ADAPTER = ClassName.get("io.portablefn.azure", "AzureStreamAdapter");

    /** The app setting holding the Event Hubs namespace's connection (or the prefix of its identity-based settings). */
    static final String EVENT_HUB_CONNECTION = "EventHubConnection";
    /** The retry policy's back-off: first retry after 5 seconds, doubling up to 5 minutes. */
    static final String MIN_INTERVAL = "00:00:05";
    static final String MAX_INTERVAL = "00:05:00";

    private AzureStreamMethods() {
    }

    /** The name of the poison queue of a stream: a Storage queue on the host's own account. */
    static String poisonQueue(String stream) {
        return stream + "-poison";
    }

    /** The {@code run} method of a stream function. */
    static MethodSpec run(FunctionModel function, MethodSpec.Builder method) {
        TriggerModel.Stream stream = (TriggerModel.Stream) function.trigger();
        return method
                .addAnnotation(AnnotationSpec.builder(BACKOFF_RETRY)
                        .addMember("maxRetryCount", "$L", stream.retries())
                        .addMember("minimumInterval", "$S", MIN_INTERVAL)
                        .addMember("maximumInterval", "$S", MAX_INTERVAL).build())
                .returns(TypeName.VOID)
                .addParameter(ParameterSpec.builder(ArrayTypeName.of(ArrayTypeName.of(TypeName.BYTE)),
                                "events")
                        .addAnnotation(AnnotationSpec.builder(EVENT_HUB_TRIGGER)
                                .addMember("name", "$S", "events")
                                .addMember("eventHubName", "$S", stream.stream())
                                .addMember("connection", "$S", EVENT_HUB_CONNECTION)
                                .addMember("cardinality", "$T.MANY", CARDINALITY)
                                .addMember("dataType", "$S", "binary").build())
                        .build())
                .addParameter(ParameterSpec.builder(String.class, "systemProperties")
                        .addAnnotation(AnnotationSpec.builder(AzureEventMethods.BINDING_NAME)
                                .addMember("value", "$S", "SystemPropertiesArray").build())
                        .build())
                .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(OUTPUT_BINDING,
                                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class))), "poison")
                        .addAnnotation(AnnotationSpec.builder(QUEUE_OUTPUT)
                                .addMember("name", "$S", "poison")
                                .addMember("queueName", "$S", poisonQueue(stream.stream()))
                                .addMember("connection", "$S", AzureEventMethods.STORAGE_CONNECTION).build())
                        .build())
                .addParameter(AzureGenerator.CONTEXT, "context")
                .addStatement("ADAPTER.eventHub(events, systemProperties, poison, context)")
                .build();
    }

    /** Whether a function is a stream function, whose method this class writes. */
    static boolean handles(FunctionModel function) {
        return function.trigger() instanceof TriggerModel.Stream;
    }
}
