package io.portablefn.conformance.aws.events;

import io.portablefn.runtime.EventFunction;
import java.io.ByteArrayOutputStream;

/**
 * How one Lambda invocation reaches a function's generated {@code Xxx_AwsHandler}: called in
 * this JVM ({@link InProcessLambda}), or through AWS's real runtime interface client in a JVM of
 * its own ({@link RicLambda}). {@link AwsEventTarget} builds the events and reads the outcome
 * the same way for both.
 */
interface Lambda extends AutoCloseable {

    /**
     * Invokes the function once with {@code event}; writes its answer to {@code answer}.
     *
     * @return what Lambda reports of a failed invocation, {@code <errorType>: <errorMessage>} and
     *     then one {@code \n\tat <frame>} line per element of its {@code stackTrace}; null when it
     *     succeeded. What the function saw has reached {@code Seen}'s watch by then.
     */
    String invoke(Class<?> functionClass, EventFunction function, byte[] event, ByteArrayOutputStream answer)
            throws Exception;

    @Override
    default void close() {
    }
}
