package io.portablefn.benchmarks.fakes;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * A Lambda context as the runtime interface client builds one per invocation: fixed values,
 * a logger that discards (the function under test does not log).
 */
public final class FakeLambdaContext implements Context {

    private static final LambdaLogger DISCARD = new LambdaLogger() {
        @Override
        public void log(String message) {
        }

        @Override
        public void log(byte[] message) {
        }
    };

    private final long deadline = System.currentTimeMillis() + 3_600_000;

    @Override
    public String getAwsRequestId() {
        return "8f5b1c2e-6a3d-4e7f-9b0a-1c2d3e4f5a6b";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/greet";
    }

    @Override
    public String getLogStreamName() {
        return "2024/05/24/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "greet";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:eu-west-1:111122223333:function:greet";
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
        return (int) (deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return DISCARD;
    }
}
