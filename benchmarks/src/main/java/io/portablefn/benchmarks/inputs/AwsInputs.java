package io.portablefn.benchmarks.inputs;

import io.portablefn.testkit.aws.FakeLambdaContext;
import java.time.Duration;

/**
 * The Lambda context of a benchmark call, as the runtime interface client builds one per
 * invocation: fixed names, an hour left, a logger that discards (the function under test does
 * not log). One class per cloud: a child JVM has only its own cloud's API on the classpath.
 */
public final class AwsInputs {

    private AwsInputs() {
    }

    public static FakeLambdaContext context() {
        return new FakeLambdaContext("8f5b1c2e-6a3d-4e7f-9b0a-1c2d3e4f5a6b", "greet", Duration.ofHours(1),
                FakeLambdaContext.DISCARD);
    }
}
