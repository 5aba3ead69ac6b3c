package io.portablefn.aws;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.portablefn.api.Context;
import io.portablefn.runtime.log.JsonLine;
import io.portablefn.runtime.log.UtcTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One record in Lambda's JSON log format, as the Java runtime writes its own: {@code timestamp}
 * (UTC, milliseconds), {@code level}, {@code message}, {@code AWSRequestId}
 * (aws/aws-lambda-java-libs, {@code aws-lambda-java-runtime-interface-client/.../logging/JsonLogFormatter.java}
 * and {@code StructuredLogMessage.java}); then portablefn's {@code functionName} and
 * {@code traceId} (the W3C trace id); and for a failure {@code errorType}, {@code errorMessage} and
 * {@code stackTrace}, an array of frames, as the client reports an uncaught exception
 * ({@code runtimeapi/converters/LambdaErrorConverter.java}) and as {@code aws-lambda-java-log4j2}'s
 * {@code LambdaLayout.json} names them. A cause's frames follow a {@code "Caused by: type: message"}
 * entry, so that nothing {@link Throwable#printStackTrace()} shows is lost.
 */
final class LambdaJsonRecord {

    private LambdaJsonRecord() {
    }

    static String of(LogLevel level, String message, Throwable failure, Context invocation) {
        JsonLine json = new JsonLine()
                .field("timestamp", UtcTime.format(System.currentTimeMillis()))
                .field("level", level.name())
                .field("message", message)
                .field("AWSRequestId", invocation.invocationId())
                .field("functionName", invocation.functionName())
                .field("traceId", invocation.traceContext().traceId());
        if (failure != null) {
            json.field("errorType", failure.getClass().getName())
                    .field("errorMessage", failure.getMessage() == null ? "" : failure.getMessage())
                    .field("stackTrace", frames(failure));
        }
        return json.line();
    }

    private static List<String> frames(Throwable failure) {
        List<String> frames = new ArrayList<>();
        Throwable current = failure;
        // Bounded, as printStackTrace guards against a cause cycle.
        for (int depth = 0; current != null && depth < 32; depth++) {
            if (current != failure) {
                frames.add("Caused by: " + current);
            }
            for (StackTraceElement frame : current.getStackTrace()) {
                frames.add(frame.toString());
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return frames;
    }
}
