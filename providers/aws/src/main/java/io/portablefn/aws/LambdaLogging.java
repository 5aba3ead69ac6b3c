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

    private final LambdaLogger logger;

    LambdaLogging(LambdaLogger logger) {
        this.logger = logger;
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
