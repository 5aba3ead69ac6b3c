package io.portablefn.conformance.azure.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.RpcException;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.QueueOutput;
import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireRecord;
import io.portablefn.runtime.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The host and the Java worker delivering an Event Hubs batch (cardinality many) to a stream
 * function's generated method, modelled in process. The host reads one partition and makes one
 * invocation for the batch: the bodies as the {@code byte[][]} trigger value (binary, so the
 * worker's RpcCollectionByteArrayDataSource passes them as they are), the binding data
 * {@code SystemPropertiesArray} as the Event Hubs extension builds it
 * (EventHubTriggerBindingStrategy.GetSystemPropertiesForBinding in Azure/azure-sdk-for-net: the
 * AMQP annotations, then SequenceNumber, Offset, OffsetString, PartitionKey and EnqueuedTimeUtc, a
 * DateTime of unspecified kind) sent as JSON, an output binding for the poison queue, and the
 * retry context of a first attempt with the method's {@code @ExponentialBackoffRetry} left.
 *
 * <p>A method that throws fails the invocation, and the host runs the whole batch again (the
 * checkpoint stays before it while retries are left): every record of the batch is delivered again.
 */
final class AzureEventHubs {

    private static final Logger LOGGER = Logger.getLogger("portablefn.conformance.azure.events");
    /** The partition's offsets: a record's is this plus its place, as a partition's grow. */
    private static final long FIRST_OFFSET = 8_590_034_560L;
    /** The enqueued time of a record that gives none. */
    static final Instant DEFAULT_TIME = Instant.parse("2026-01-15T08:30:00.250Z");

    private AzureEventHubs() {
    }

    /** Whether the generated method takes an Event Hub. */
    static boolean takes(Method run) {
        for (Parameter parameter : run.getParameters()) {
            if (parameter.isAnnotationPresent(EventHubTrigger.class)) {
                return true;
            }
        }
        return false;
    }

    static Delivery deliver(Method run, Object instance, WireEvent event) throws IllegalAccessException {
        if (!(event instanceof WireEvent.Records batch)) {
            throw new TargetCannotRun("Azure delivers only stream records to an Event Hubs trigger, not "
                    + event.getClass().getSimpleName());
        }
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        try {
            run.invoke(instance, arguments(run, batch.records()));
        } catch (InvocationTargetException thrown) {
            errors.add(String.valueOf(thrown.getCause().getMessage()));
            redelivered.addAll(batch.ids());
        }
        return new Delivery(redelivered, errors);
    }

    private static Object[] arguments(Method run, List<WireRecord> records) {
        Parameter[] parameters = run.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            BindingName name = parameter.getAnnotation(BindingName.class);
            if (parameter.isAnnotationPresent(EventHubTrigger.class)) {
                arguments[i] = records.stream().map(WireRecord::body).toArray(byte[][]::new);
            } else if (name != null && name.value().equals("SystemPropertiesArray")) {
                arguments[i] = systemProperties(records);
            } else if (parameter.isAnnotationPresent(QueueOutput.class)) {
                arguments[i] = new Output();
            } else if (parameter.getType() == ExecutionContext.class) {
                ExponentialBackoffRetry retry = run.getAnnotation(ExponentialBackoffRetry.class);
                arguments[i] = new FirstAttempt(retry == null ? 0 : retry.maxRetryCount());
            } else {
                throw new UnsupportedOperationException("The Event Hubs model binds the trigger, SystemPropertiesArray,"
                        + " a queue output and ExecutionContext, not " + parameter + " of " + run);
            }
        }
        return arguments;
    }

    /** The JSON text of {@code SystemPropertiesArray}, as the worker hands it to a String. */
    static String systemProperties(List<WireRecord> records) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (int i = 0; i < records.size(); i++) {
            WireRecord record = records.get(i);
            Instant time = record.arrivalTime() == null ? DEFAULT_TIME : record.arrivalTime();
            long offset = FIRST_OFFSET + 152L * i;
            ObjectNode properties = array.addObject();
            properties.put("x-opt-sequence-number", Long.parseLong(record.sequence()));
            properties.put("x-opt-offset", offset);
            properties.put("x-opt-enqueued-time", unquoted(HostInvocation.netDate(time, "Z")));
            if (record.partitionKey() != null) {
                properties.put("x-opt-partition-key", record.partitionKey());
            }
            properties.put("SequenceNumber", Long.parseLong(record.sequence()));
            properties.put("Offset", offset);
            properties.put("OffsetString", Long.toString(offset));
            properties.put("PartitionKey", record.partitionKey());
            properties.put("EnqueuedTimeUtc", unquoted(HostInvocation.netDate(time, "")));
        }
        return array.toString();
    }

    private static String unquoted(String json) {
        return json.substring(1, json.length() - 1);
    }

    /** The poison queue's output binding; what the function sets is not read while retries are left. */
    private static final class Output implements OutputBinding<List<String>> {
        private List<String> value;

        @Override
        public List<String> getValue() {
            return value;
        }

        @Override
        public void setValue(List<String> value) {
            this.value = value;
        }
    }

    /** The worker's context on the first attempt of a method with {@code max} retries. */
    private record FirstAttempt(int max) implements ExecutionContext {
        private static final String ID = UUID.randomUUID().toString();

        @Override
        public Logger getLogger() {
            return LOGGER;
        }

        @Override
        public String getInvocationId() {
            return ID;
        }

        @Override
        public String getFunctionName() {
            return "event-hubs";
        }

        @Override
        public RetryContext getRetryContext() {
            return new RetryContext() {
                @Override
                public int getRetrycount() {
                    return 0;
                }

                @Override
                public int getMaxretrycount() {
                    return max;
                }

                @Override
                public RpcException getException() {
                    return null;
                }
            };
        }
    }
}
