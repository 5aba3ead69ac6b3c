package io.portablefn.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.portablefn.api.Context;
import io.portablefn.runtime.log.JulLog;
import io.portablefn.runtime.log.LogSink;
import io.portablefn.runtime.log.PlainText;
import io.portablefn.runtime.log.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Log records through the Lambda context's logger, in the log format the function is configured
 * with. The runtime interface client sends each call to Lambda as one framed log event, so a
 * message with newlines or a stack trace stays one CloudWatch event
 * (aws/aws-lambda-java-libs, {@code aws-lambda-java-runtime-interface-client/.../logging/FramedTelemetryLogSink.java}).
 *
 * <ul>
 *   <li>{@code AWS_LAMBDA_LOG_FORMAT=JSON}: one {@link LambdaJsonRecord}, handed over as bytes,
 *       which the client passes on unformatted (its {@code AbstractLambdaLogger.log(byte[], LogLevel)}).
 *   <li>Otherwise (Lambda's text format): {@link PlainText}, to which the client adds
 *       {@code [LEVEL] } ({@code TextLogFormatter}).
 * </ul>
 * Records below {@code AWS_LAMBDA_LOG_LEVEL} are not written (not even built), as Lambda's own
 * loggers do; an unset or unknown level lets every record through, as the client does with its
 * {@code UNDEFINED} default.
 */
final class LambdaLogging implements LogSink {

    /** Read on the first record, not at class load: a function that never logs never reads them. */
    private static final class Env {
        static final boolean JSON = json(System.getenv("AWS_LAMBDA_LOG_FORMAT"));
        static final LogLevel MINIMUM = minimum(System.getenv("AWS_LAMBDA_LOG_LEVEL"));
    }

    /** Only without a Lambda context (tests): held apart so Lambda's cold start never loads logging. */
    private static final class Fallback {
        static final JulLog LOG = new JulLog(java.util.logging.Logger.getLogger("io.portablefn.aws"));
    }

    private final LambdaLogger logger;
    private final Boolean json; // null: as the environment says
    private final LogLevel minimum;

    LambdaLogging(LambdaLogger logger, Boolean json, LogLevel minimum) {
        this.logger = logger;
        this.json = json;
        this.minimum = minimum;
    }

    /** Where an invocation's records go: the Lambda context's logger, or java.util.logging without one (tests). */
    static LogSink of(com.amazonaws.services.lambda.runtime.Context lambda) {
        if (lambda == null || lambda.getLogger() == null) {
            return Fallback.LOG;
        }
        return new LambdaLogging(lambda.getLogger(), null, null);
    }

    @Override
    public void write(Severity severity, String message, Throwable failure, Context invocation) {
        LogLevel level = level(severity);
        LogLevel floor = minimum != null ? minimum : Env.MINIMUM;
        if (floor != LogLevel.UNDEFINED && level.ordinal() < floor.ordinal()) {
            return;
        }
        if (json != null ? json : Env.JSON) {
            logger.log(LambdaJsonRecord.of(level, message, failure, invocation).getBytes(StandardCharsets.UTF_8), level);
        } else {
            logger.log(PlainText.of(message, failure, invocation), level);
        }
    }

    static LogLevel level(Severity severity) {
        return switch (severity) {
            case INFO -> LogLevel.INFO;
            case WARN -> LogLevel.WARN;
            case ERROR -> LogLevel.ERROR;
        };
    }

    static boolean json(String format) {
        return format != null && format.strip().equalsIgnoreCase("JSON");
    }

    static LogLevel minimum(String level) {
        if (level == null || level.isBlank()) {
            return LogLevel.UNDEFINED;
        }
        try {
            return LogLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return LogLevel.UNDEFINED;
        }
    }
}
