package io.portablefn.conformance.azure.events;

import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.FixedDelayRetry;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * Reads a generated method's trigger as the host reads its function.json: which trigger, and
 * whether its value is bound as binary; and the method's retry policy.
 */
final class TriggerAnnotations {

    /** The event triggers the model knows. */
    enum Kind { STORAGE_QUEUE, SERVICE_BUS, EVENT_GRID, TIMER, COSMOS_DB }

    /** A method's trigger: its kind and whether it declares {@code dataType = "binary"}. */
    record Trigger(Kind kind, boolean binary) {
    }

    private TriggerAnnotations() {
    }

    /** The trigger of a parameter, or null when it has none. */
    static Trigger trigger(Parameter parameter) {
        QueueTrigger queue = parameter.getAnnotation(QueueTrigger.class);
        if (queue != null) {
            return new Trigger(Kind.STORAGE_QUEUE, binary(queue.dataType()));
        }
        ServiceBusQueueTrigger serviceBusQueue = parameter.getAnnotation(ServiceBusQueueTrigger.class);
        if (serviceBusQueue != null) {
            return new Trigger(Kind.SERVICE_BUS, binary(serviceBusQueue.dataType()));
        }
        ServiceBusTopicTrigger topic = parameter.getAnnotation(ServiceBusTopicTrigger.class);
        if (topic != null) {
            return new Trigger(Kind.SERVICE_BUS, binary(topic.dataType()));
        }
        if (parameter.isAnnotationPresent(EventGridTrigger.class)) {
            return new Trigger(Kind.EVENT_GRID, false);
        }
        if (parameter.isAnnotationPresent(TimerTrigger.class)) {
            return new Trigger(Kind.TIMER, false);
        }
        if (parameter.isAnnotationPresent(CosmosDBTrigger.class)) {
            return new Trigger(Kind.COSMOS_DB, false);
        }
        return null;
    }

    /** The trigger of a method. */
    static Trigger trigger(Method method) {
        for (Parameter parameter : method.getParameters()) {
            Trigger trigger = trigger(parameter);
            if (trigger != null) {
                return trigger;
            }
        }
        throw new IllegalStateException(method + " has no queue, Service Bus, Event Grid or timer trigger parameter");
    }

    /**
     * Whether the host runs a failed invocation again by itself: only with a retry policy, which
     * the host honours for timer and Cosmos DB triggers (queues, Service Bus and Event Grid redeliver
     * anyway; a Cosmos DB trigger without one checkpoints past a failed batch).
     */
    static boolean retries(Method method) {
        FixedDelayRetry fixed = method.getAnnotation(FixedDelayRetry.class);
        ExponentialBackoffRetry backoff = method.getAnnotation(ExponentialBackoffRetry.class);
        return (fixed != null && fixed.maxRetryCount() != 0) || (backoff != null && backoff.maxRetryCount() != 0);
    }

    private static boolean binary(String dataType) {
        return dataType.equalsIgnoreCase("binary");
    }
}
