package io.portablefn.conformance.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda context the runtime would pass: a fixed request id, the remaining time of a
 * function configured with the portable function's timeout (as portablefn's deployables
 * configure it), and a logger writing to standard error as Lambda's
 * goes to CloudWatch.
 */
final class FakeLambdaContext implements Context {

    static final String REQUEST_ID = "c0ffee00-0000-4000-8000-0000000000aa";

    private static final LambdaLogger LOGGER = new LambdaLogger() {
        @Override
        public void log(String message) {
            System.err.println("[lambda] " + message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }

        @Override
        public void log(String message, LogLevel level) {
            log(level + " " + message);
        }
    };

    private final long deadline;

    FakeLambdaContext(int timeoutSeconds) {
        deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
    }

    @Override
    public String getAwsRequestId() {
        return REQUEST_ID;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/portablefn-conformance";
    }

    @Override
    public String getLogStreamName() {
        return "2025/01/01/[$LATEST]conformance";
    }

    @Override
    public String getFunctionName() {
        return "portablefn-conformance";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:portablefn-conformance";
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
        return LOGGER;
    }
}
