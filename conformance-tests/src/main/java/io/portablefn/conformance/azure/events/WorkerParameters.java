package io.portablefn.conformance.azure.events;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import io.portablefn.conformance.azure.events.HostInvocation.Typed;
import io.portablefn.testkit.azure.WorkerContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The Java worker binding a method's parameters (broker/ParameterResolver, CoreTypeResolver and
 * binding/BindingDataStore in Azure/azure-functions-java-worker): the parameter whose Azure
 * annotation has a {@code name} gets the input of that name (the trigger's value); a
 * {@code @BindingName} parameter gets the trigger metadata of that name, and fails the invocation
 * when the host sent none; an {@link ExecutionContext} parameter gets the context.
 *
 * <p>Values become String or {@code byte[]} parameters as the worker's data sources convert them:
 * a STRING as it is, JSON as its JSON text, bytes into a String as UTF-8 (invalid bytes U+FFFD);
 * a string into {@code byte[]} only when it is a JSON array (gson), which this model refuses.
 */
final class WorkerParameters {

    /** What the worker says when a {@code @BindingName} has no metadata (BindingDataStore). */
    static final String MISSING_BINDING_NAME =
            "Cannot find matched @BindingName of customer function, please check if customer function is defined correctly";

    private WorkerParameters() {
    }

    /** A failed binding: the worker reports the invocation as failed with this message. */
    static final class BindingFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BindingFailure(String message) {
            super(message);
        }
    }

    static Object[] bind(Method method, String functionName, HostInvocation invocation, Logger logger)
            throws BindingFailure {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            BindingName metadata = parameter.getAnnotation(BindingName.class);
            if (parameter.getType() == ExecutionContext.class) {
                arguments[i] = new WorkerContext(invocation.invocationId(), functionName, logger,
                        invocation.traceparent(), "");
            } else if (metadata != null) {
                Typed value = invocation.metadata().get(metadata.value());
                if (value == null) {
                    throw new BindingFailure(MISSING_BINDING_NAME);
                }
                arguments[i] = convert(value, parameter.getType());
            } else if (TriggerAnnotations.trigger(parameter) != null) {
                arguments[i] = convert(invocation.trigger(), parameter.getType());
            } else {
                throw new UnsupportedOperationException("The Azure event model binds trigger, @BindingName and"
                        + " ExecutionContext parameters, not " + parameter + " of " + method);
            }
        }
        return arguments;
    }

    private static Object convert(Typed value, Class<?> type) throws BindingFailure {
        if (type == String.class) {
            return value.kind() == Typed.Kind.BYTES
                    ? new String((byte[]) value.value(), StandardCharsets.UTF_8) : (String) value.value();
        }
        if (type == byte[].class) {
            if (value.kind() == Typed.Kind.BYTES) {
                return ((byte[]) value.value()).clone();
            }
            throw new BindingFailure("Cannot convert " + value.kind() + " to type byte[]");
        }
        throw new UnsupportedOperationException("The Azure event model binds String and byte[] parameters, not "
                + type.getName());
    }
}
