package io.portablefn.testkit.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Lambda context the runtime interface client builds for each invocation: the request id,
 * the names and ARN of a function configured with 512 MB, the time left until the configured
 * timeout runs out (counted from construction, never below zero), and a logger. Lambda's logger
 * goes to CloudWatch; here each line goes to a sink the caller chooses (standard error, a list
 * a test reads, or nowhere), a level-tagged line as {@code "LEVEL message"}.
 */
public final class FakeLambdaContext implements Context {

    /** A sink that drops every line, for callers whose function does not log. */
    public static final Consumer<String> DISCARD = line -> { };

    private final String requestId;
    private final String functionName;
    private final long deadline;
    private final LambdaLogger logger;
    private final String xrayTraceId;

    /**
     * @param requestId what {@link #getAwsRequestId()} answers
     * @param functionName the Lambda function's name; the log group and ARN are built from it
     * @param timeLeft the remaining time at construction, as Lambda counts it from the function's timeout
     * @param log where the logger's lines go
     */
    public FakeLambdaContext(String requestId, String functionName, Duration timeLeft, Consumer<String> log) {
        this(requestId, functionName, timeLeft, log, null);
    }

    /**
     * @param xrayTraceId what {@link #getXrayTraceId()} answers: the invocation's
     *     {@code Lambda-Runtime-Trace-Id}, as the runtime interface client passes it; may be null
     */
    public FakeLambdaContext(String requestId, String functionName, Duration timeLeft, Consumer<String> log,
            String xrayTraceId) {
        this.xrayTraceId = xrayTraceId;
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.deadline = System.currentTimeMillis() + timeLeft.toMillis();
        this.logger = new SinkLogger(Objects.requireNonNull(log, "log"));
    }

    @Override
    public String getXrayTraceId() {
        return xrayTraceId;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "2025/01/01/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    private record SinkLogger(Consumer<String> sink) implements LambdaLogger {

        @Override
        public void log(String message) {
            sink.accept(message);
        }

        @Override
        public void log(byte[] message) {
            sink.accept(new String(message, StandardCharsets.UTF_8));
        }

        @Override
        public void log(String message, LogLevel level) {
            sink.accept(level + " " + message);
        }
    }
}
