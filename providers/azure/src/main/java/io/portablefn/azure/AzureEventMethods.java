package io.portablefn.azure;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.portablefn.api.QueueTrigger;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.TriggerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code @FunctionName} method of an event function, for {@link AzureGenerator}: the
 * trigger annotation Microsoft's plugin turns into function.json, the {@code @BindingName}
 * metadata parameters the adapter reads, and one line handing them to {@link AzureEventAdapter}.
 *
 * <p>Messages are bound as {@code byte[]} with {@code dataType = "binary"}, so that the host
 * passes the message's bytes as they are: bound as a String, Service Bus and Storage queue bodies
 * would be decoded as UTF-8 on the way. It also keeps the metadata the queue's own: the host merges
 * a string trigger value's top-level JSON properties over the binding data, case-insensitively,
 * so a body {@code {"Id":"x"}} would change the id the adapter reads; with {@code byte[]} the merge
 * does not run (Azure/azure-functions-host: {@code Utility.ApplyBindingData} in
 * src/WebJobs.Script/Utility.cs merges only {@code value as string}; {@code dataType} binary
 * requests {@code byte[]} in GeneralScriptBindingProvider.ParseDataType). The conformance case
 * {@code message-metadata-not-from-body} fails if this declaration is lost. The metadata is bound as String, which takes both forms the
 * host sends (plain strings, JSON text for numbers and dates); only names the host sends for every
 * message are bound, because the worker fails an invocation whose {@code @BindingName} is missing.
 */
final class AzureEventMethods {

    private static final String ANNOTATIONS = "com.microsoft.azure.functions.annotation";
    static final ClassName QUEUE_TRIGGER = ClassName.get(ANNOTATIONS, "QueueTrigger");
    static final ClassName SERVICE_BUS_QUEUE_TRIGGER = ClassName.get(ANNOTATIONS, "ServiceBusQueueTrigger");
    static final ClassName SERVICE_BUS_TOPIC_TRIGGER = ClassName.get(ANNOTATIONS, "ServiceBusTopicTrigger");
    static final ClassName EVENT_GRID_TRIGGER = ClassName.get(ANNOTATIONS, "EventGridTrigger");
    static final ClassName TIMER_TRIGGER = ClassName.get(ANNOTATIONS, "TimerTrigger");
    static final ClassName FIXED_DELAY_RETRY = ClassName.get(ANNOTATIONS, "FixedDelayRetry");
    static final ClassName BINDING_NAME = ClassName.get(ANNOTATIONS, "BindingName");
    static final ClassName ADAPTER = ClassName.get("io.portablefn.azure", "AzureEventAdapter");

    /** The app setting holding the Storage account connection: the host's own storage account. */
    static final String STORAGE_CONNECTION = "AzureWebJobsStorage";
    /** The app setting holding the Service Bus connection (or the prefix of its identity-based settings). */
    static final String SERVICE_BUS_CONNECTION = "ServiceBusConnection";
    /**
     * A failed timer firing is retried twice, a minute apart, as AWS retries a failed scheduled
     * invocation twice (after one and then two minutes). The host supports retry policies on timer
     * triggers; queues, Service Bus and Event Grid retry by themselves.
     */
    static final int TIMER_RETRIES = 2;
    static final String TIMER_RETRY_DELAY = "00:01:00";

    private AzureEventMethods() {
    }

    /** The {@code run} method of an event function. */
    static MethodSpec run(FunctionModel function, MethodSpec.Builder method) {
        List<ParameterSpec> parameters = new ArrayList<>();
        String call;
        TriggerModel trigger = function.trigger();
        if (trigger instanceof TriggerModel.Queue queue && queue.azureService() == QueueTrigger.AzureService.STORAGE_QUEUE) {
            parameters.add(message(AnnotationSpec.builder(QUEUE_TRIGGER).addMember("name", "$S", "message")
                    .addMember("queueName", "$S", queue.queue())
                    .addMember("connection", "$S", STORAGE_CONNECTION)));
            metadata(parameters, "Id", "id", "DequeueCount", "dequeueCount", "InsertionTime", "insertionTime");
            call = "storageQueue";
        } else if (trigger instanceof TriggerModel.Queue queue) {
            parameters.add(message(AnnotationSpec.builder(SERVICE_BUS_QUEUE_TRIGGER).addMember("name", "$S", "message")
                    .addMember("queueName", "$S", queue.queue())
                    .addMember("connection", "$S", SERVICE_BUS_CONNECTION)));
            serviceBusMetadata(parameters);
            call = "serviceBus";
        } else if (trigger instanceof TriggerModel.Topic topic) {
            parameters.add(message(AnnotationSpec.builder(SERVICE_BUS_TOPIC_TRIGGER).addMember("name", "$S", "message")
                    .addMember("topicName", "$S", topic.topic())
                    .addMember("subscriptionName", "$S", topic.subscription())
                    .addMember("connection", "$S", SERVICE_BUS_CONNECTION)));
            serviceBusMetadata(parameters);
            call = "serviceBus";
        } else if (trigger instanceof TriggerModel.Storage) {
            parameters.add(ParameterSpec.builder(String.class, "event")
                    .addAnnotation(AnnotationSpec.builder(EVENT_GRID_TRIGGER).addMember("name", "$S", "event").build())
                    .build());
            call = "eventGrid";
        } else if (trigger instanceof TriggerModel.Schedule schedule) {
            parameters.add(ParameterSpec.builder(String.class, "timer")
                    .addAnnotation(AnnotationSpec.builder(TIMER_TRIGGER).addMember("name", "$S", "timer")
                            .addMember("schedule", "$S", schedule.ncrontab()).build())
                    .build());
            method.addAnnotation(AnnotationSpec.builder(FIXED_DELAY_RETRY)
                    .addMember("maxRetryCount", "$L", TIMER_RETRIES)
                    .addMember("delayInterval", "$S", TIMER_RETRY_DELAY).build());
            call = "timer";
        } else if (trigger instanceof TriggerModel.Change change) {
            call = CosmosTriggerMethod.add(function.name(), change, method, parameters);
        } else {
            throw new IllegalArgumentException("Not an event trigger: " + trigger);
        }
        parameters.add(ParameterSpec.builder(AzureGenerator.CONTEXT, "context").build());
        CodeBlock arguments = CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
        return method.returns(TypeName.VOID)
                .addParameters(parameters)
                .addStatement("ADAPTER.$L($L)", call, arguments)
                .build();
    }

    private static ParameterSpec message(AnnotationSpec.Builder trigger) {
        return ParameterSpec.builder(ArrayTypeName.of(TypeName.BYTE), "message")
                .addAnnotation(trigger.addMember("dataType", "$S", "binary").build())
                .build();
    }

    private static void serviceBusMetadata(List<ParameterSpec> parameters) {
        // UserProperties and EnqueuedTimeUtc are in both the 4.x and the 5.x extension (5.x keeps
        // them beside ApplicationProperties and EnqueuedTime for compatibility).
        metadata(parameters, "MessageId", "messageId", "DeliveryCount", "deliveryCount",
                "EnqueuedTimeUtc", "enqueuedTimeUtc", "UserProperties", "userProperties");
    }

    private static void metadata(List<ParameterSpec> parameters, String... namesAndParameters) {
        for (int i = 0; i < namesAndParameters.length; i += 2) {
            parameters.add(ParameterSpec.builder(String.class, namesAndParameters[i + 1])
                    .addAnnotation(AnnotationSpec.builder(BINDING_NAME).addMember("value", "$S", namesAndParameters[i])
                            .build())
                    .build());
        }
    }
}
