package io.portablefn.conformance.gcp.events;

import com.google.cloud.functions.CloudEventsFunction;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.runtime.EventFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google Cloud Functions (2nd gen) delivering events, in process: builds each CloudEvent exactly
 * as Eventarc sends it ({@link GcpNativeEvents} documents the shapes), hands it to the generated
 * {@code Xxx_GcpFunction.accept} as java-function-invoker 1.4.1 does (one event per invocation,
 * one entry point instance per function class), and reads what happens next as the invoker and
 * Eventarc would: {@code accept} returning is a 200 and the event is done with; a throw is a 500,
 * and with the retries portablefn deploys, Pub/Sub or Eventarc delivers that event again. Each
 * throw adds what the invoker logs of it to {@link Delivery#errors()}: {@code <class>: <message>}
 * and its stack trace, so a case can check that nothing of the function's leaks there.
 * {@link GcpInvokerEventTarget} sends the same events over HTTP to the real invoker.
 */
public final class GcpEventTarget implements EventTarget {

    private final Map<Class<?>, CloudEventsFunction> entryPoints = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "gcp";
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        EventFunction function = GcpNativeEvents.definition(functionClass);
        CloudEventsFunction entryPoint = entryPoints.computeIfAbsent(functionClass, GcpEventTarget::instantiate);
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (NativeCloudEvent invocation : GcpNativeEvents.events(function, event)) {
            try {
                entryPoint.accept(invocation.toCloudEvent());
            } catch (Exception | LinkageError failed) {
                redelivered.addAll(invocation.wireIds());
                errors.add(report(failed));
            }
        }
        return new Delivery(redelivered, errors);
    }

    // What java.util.logging prints of the throwable the invoker logs: class, message, frames.
    private static String report(Throwable failed) {
        StringBuilder report = new StringBuilder(failed.getClass().getName()).append(": ").append(failed.getMessage());
        for (StackTraceElement frame : failed.getStackTrace()) {
            report.append("\n\tat ").append(frame);
        }
        return report.toString();
    }

    private static CloudEventsFunction instantiate(Class<?> functionClass) {
        Class<?> type = GeneratedClasses.load(functionClass, GeneratedClasses.GCP);
        try {
            return type.asSubclass(CloudEventsFunction.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
