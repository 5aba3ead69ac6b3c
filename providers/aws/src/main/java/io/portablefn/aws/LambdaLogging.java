package io.portablefn.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.portablefn.api.FunctionLogger;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A {@link FunctionLogger} over the Lambda context's logger, so lines reach CloudWatch Logs
 * with their level (and as JSON when the function's log format is JSON). A stack trace goes
 * into the same log event as its message, so CloudWatch keeps them together.
 */
final class LambdaLogging implements FunctionLogger {

    /** Only without a Lambda context (tests): held apart so Lambda's cold start never loads logging. */
    private static final class Fallback {
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("io.portablefn.aws");
    }

    private final LambdaLogger logger;

    LambdaLogging(LambdaLogger logger) {
        this.logger = logger;
    }

    /** The logger for an invocation: the Lambda context's, or java.util.logging without one (tests). */
    static FunctionLogger of(com.amazonaws.services.lambda.runtime.Context lambda) {
        if (lambda == null || lambda.getLogger() == null) {
            return new io.portablefn.runtime.JulLogger(Fallback.LOG);
        }
        return new LambdaLogging(lambda.getLogger());
    }

    @Override
    public void info(String message) {
        logger.log(message, LogLevel.INFO);
    }

    @Override
    public void warn(String message) {
        logger.log(message, LogLevel.WARN);
    }

    @Override
    public void error(String message) {
        logger.log(message, LogLevel.ERROR);
    }

    @Override
    public void error(String message, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        logger.log(message + "\n" + trace, LogLevel.ERROR);
    }
}
