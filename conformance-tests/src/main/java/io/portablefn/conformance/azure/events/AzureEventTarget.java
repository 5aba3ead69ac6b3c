package io.portablefn.conformance.azure.events;

import io.portablefn.conformance.TargetCannotRun;
import com.microsoft.azure.functions.annotation.FunctionName;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.runtime.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Azure Functions delivering events, modelled in process: no host or Java worker runs here. The
 * host makes one invocation per message or event, with the trigger value and metadata
 * {@link HostEvents} builds; the worker binds the generated method's parameters by their
 * annotations ({@link WorkerParameters}) and calls it. A method that throws, or an invocation the
 * worker cannot bind, fails: the host redelivers that message or event (a timer only when the
 * method has a retry policy) and reports the exception's message, which is the error given here.
 *
 * <p>Which events reach which trigger: messages reach queue and Service Bus triggers (Storage
 * queues carry no attributes); an Event Grid trigger gets a storage change as a Blob Storage
 * event and a message as a custom Event Grid event; a timer gets firings only. Event Grid can
 * also route blob events into a queue, so a storage change reaches a queue trigger as a message
 * whose body is the event. A {@link WireEvent.Foreign} becomes, per trigger: a Storage queue
 * message that is not base64, which the host moves to the poison queue without invoking; a
 * Service Bus message without a MessageId, whose {@code @BindingName} the worker cannot bind; an
 * Event Grid event of a type no storage account sends; a timer value that is not TimerInfo.
 */
public final class AzureEventTarget implements EventTarget {

    private static final Logger LOGGER = Logger.getLogger("portablefn.conformance.azure.events");

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        Class<?> generated = GeneratedClasses.load(functionClass, GeneratedClasses.AZURE);
        Method run = functionMethod(generated);
        if (AzureEventHubs.takes(run)) {
            return AzureEventHubs.deliver(run, generated.getDeclaredConstructor().newInstance(), event);
        }
        TriggerAnnotations.Trigger trigger = TriggerAnnotations.trigger(run);
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        Object instance = generated.getDeclaredConstructor().newInstance();
        List<Invocation> invocations = invocations(trigger, event);
        for (Invocation invocation : invocations) {
            if (invocation.hostError() != null) {
                errors.add(invocation.hostError());
                continue;
            }
            String error = invoke(run, instance, invocation.host());
            if (error != null) {
                errors.add(error);
                boolean retriedByPolicy = trigger.kind() == TriggerAnnotations.Kind.TIMER
                        || trigger.kind() == TriggerAnnotations.Kind.COSMOS_DB;
                if (!retriedByPolicy || TriggerAnnotations.retries(run)) {
                    redelivered.addAll(invocation.ids());
                }
            }
        }
        return new Delivery(redelivered, errors);
    }

    /** One invocation for its native ids, or the host's own error when it never invokes. */
    private record Invocation(List<String> ids, HostInvocation host, String hostError) {
        Invocation(String id, HostInvocation host, String hostError) {
            this(List.of(id), host, hostError);
        }
    }

    private static List<Invocation> invocations(TriggerAnnotations.Trigger trigger, WireEvent event) {
        List<Invocation> invocations = new ArrayList<>();
        boolean binary = trigger.binary();
        switch (trigger.kind()) {
            case STORAGE_QUEUE, SERVICE_BUS -> {
                List<WireMessage> messages = messages(event);
                for (int i = 0; i < messages.size(); i++) {
                    WireMessage message = messages.get(i);
                    invocations.add(event instanceof WireEvent.Foreign && trigger.kind() == TriggerAnnotations.Kind.STORAGE_QUEUE
                            ? new Invocation(message.id(), null, "Message decoding has failed! Check MessageEncoding settings."
                                    + " MessageId=" + message.id() + ".")
                            : new Invocation(message.id(), trigger.kind() == TriggerAnnotations.Kind.STORAGE_QUEUE
                                    ? HostEvents.storageQueue(message, binary)
                                    : serviceBus(event, message, i + 1, binary), null));
                }
            }
            case EVENT_GRID -> {
                if (event instanceof WireEvent.StorageChange change) {
                    invocations.add(new Invocation(change.id(), HostEvents.eventGrid(change), null));
                } else if (event instanceof WireEvent.Messages batch) {
                    batch.messages().forEach(m -> invocations.add(new Invocation(m.id(),
                            HostEvents.eventGrid(customEvent(m.id(), "Portablefn.Conformance.Message", m.body())), null)));
                } else if (event instanceof WireEvent.Foreign foreign) {
                    invocations.add(new Invocation(foreign.id(), HostEvents.eventGrid(customEvent(foreign.id(),
                            "Microsoft.Resources.ResourceWriteSuccess", foreign.description().getBytes(StandardCharsets.UTF_8))),
                            null));
                } else {
                    throw unsupported(trigger, event);
                }
            }
            case COSMOS_DB -> {
                if (!(event instanceof WireEvent.Changes changes)) {
                    throw unsupported(trigger, event);
                }
                // The feed holds no deletions: a batch of deletions alone never invokes.
                CosmosFeed.batch(changes).ifPresent(batch -> invocations.add(new Invocation(batch.ids(),
                        batch.host(), null)));
            }
            case TIMER -> {
                if (event instanceof WireEvent.Firing firing) {
                    invocations.add(new Invocation(firing.id(), HostEvents.timer(firing), null));
                } else if (event instanceof WireEvent.Foreign foreign) {
                    invocations.add(new Invocation(foreign.id(), new HostInvocation(foreign.id(),
                            HostInvocation.Typed.string(foreign.description()), Map.of()), null));
                } else {
                    throw unsupported(trigger, event);
                }
            }
        }
        return invocations;
    }

    // The messages a queue trigger gets for an event: a storage change arrives as Event Grid
    // writes it into a queue, the event as the message body; a foreign event as its description.
    private static List<WireMessage> messages(WireEvent event) {
        if (event instanceof WireEvent.Messages batch) {
            return batch.messages();
        }
        if (event instanceof WireEvent.StorageChange change) {
            return List.of(new WireMessage(change.id(), HostEvents.blobEvent(change).toString()
                    .getBytes(StandardCharsets.UTF_8), null, null, change.time(), null));
        }
        if (event instanceof WireEvent.Foreign foreign) {
            return List.of(new WireMessage(foreign.id(), foreign.description().getBytes(StandardCharsets.UTF_8),
                    null, null, null, null));
        }
        throw new TargetCannotRun("Azure cannot deliver a schedule firing to a queue or Service Bus trigger");
    }

    // A foreign Service Bus message lacks its MessageId: the host sends no such metadata.
    private static HostInvocation serviceBus(WireEvent event, WireMessage message, long sequence, boolean binary) {
        HostInvocation invocation = HostEvents.serviceBus(message, sequence, binary);
        if (event instanceof WireEvent.Foreign) {
            Map<String, HostInvocation.Typed> metadata = new LinkedHashMap<>(invocation.metadata());
            metadata.remove("MessageId");
            return new HostInvocation(invocation.invocationId(), invocation.trigger(), metadata,
                    invocation.traceparent());
        }
        return invocation;
    }

    private static String customEvent(String id, String type, byte[] data) {
        var event = Json.mapper().createObjectNode().put("id", id).put("eventType", type)
                .put("subject", "portablefn/conformance").put("eventTime", HostEvents.FIXED_TIME.toString())
                .put("data", new String(data, StandardCharsets.UTF_8));
        return event.put("dataVersion", "1").put("metadataVersion", "1").toString();
    }

    private static TargetCannotRun unsupported(TriggerAnnotations.Trigger trigger, WireEvent event) {
        return new TargetCannotRun("Azure cannot deliver " + event.getClass().getSimpleName()
                + " to a " + trigger.kind() + " trigger");
    }

    // The method's own exception message, or the worker's binding error; null when it returned.
    private static String invoke(Method run, Object instance, HostInvocation invocation) throws IllegalAccessException {
        String functionName = run.getAnnotation(FunctionName.class).value();
        try {
            run.invoke(instance, WorkerParameters.bind(run, functionName, invocation, LOGGER));
            return null;
        } catch (WorkerParameters.BindingFailure failure) {
            return failure.getMessage();
        } catch (InvocationTargetException thrown) {
            return String.valueOf(thrown.getCause().getMessage());
        }
    }

    static Method functionMethod(Class<?> generated) {
        for (Method method : generated.getMethods()) {
            if (method.isAnnotationPresent(FunctionName.class)) {
                return method;
            }
        }
        throw new IllegalStateException(generated.getName() + " has no public @FunctionName method;"
                + " is portablefn-azure on the annotation processor path?");
    }
}
