package io.portablefn.conformance.aws.events;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.conformance.aws.LambdaTraceHeader;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Lambda's Java runtime, in this JVM: one handler instance per function class, called as the
 * runtime calls a {@link RequestStreamHandler} (event bytes in, answer bytes out), with a fresh
 * {@link FakeLambdaContext} per invocation carrying the function's timeout. A throw is reported
 * as the runtime interface client reports it (aws/aws-lambda-java-libs,
 * aws-lambda-java-runtime-interface-client, {@code LambdaErrorConverter.fromThrowable}): the
 * exception's class name, its message, its frames.
 */
final class InProcessLambda implements Lambda {

    private final Map<Class<?>, RequestStreamHandler> handlers = new ConcurrentHashMap<>();
    private final Consumer<String> log;

    InProcessLambda(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public String invoke(Class<?> functionClass, EventFunction function, byte[] event, ByteArrayOutputStream answer) {
        RequestStreamHandler handler = handlers.computeIfAbsent(functionClass, InProcessLambda::instantiate);
        FakeLambdaContext lambda = new FakeLambdaContext(UUID.randomUUID().toString(), function.name(),
                Duration.ofSeconds(function.timeoutSeconds()), log, LambdaTraceHeader.passThrough());
        try {
            handler.handleRequest(new ByteArrayInputStream(event), answer, lambda);
            return null;
        } catch (IOException | RuntimeException | Error failed) {
            String message = failed.getLocalizedMessage() == null ? failed.getClass().getName() : failed.getLocalizedMessage();
            StringBuilder report = new StringBuilder(failed.getClass().getName()).append(": ").append(message);
            for (StackTraceElement frame : failed.getStackTrace()) {
                report.append("\n\tat ").append(frame);
            }
            return report.toString();
        }
    }

    private static RequestStreamHandler instantiate(Class<?> functionClass) {
        Class<?> type = GeneratedClasses.load(functionClass, GeneratedClasses.AWS);
        try {
            return type.asSubclass(RequestStreamHandler.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }
}
