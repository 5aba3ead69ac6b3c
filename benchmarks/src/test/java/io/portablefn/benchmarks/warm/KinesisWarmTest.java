package io.portablefn.benchmarks.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.hand.KinesisObjectMapperLambda;
import io.portablefn.benchmarks.inputs.AwsInputs;
import io.portablefn.benchmarks.inputs.KinesisInputs;
import io.portablefn.benchmarks.orders.OrderStream_AwsHandler;
import io.portablefn.runtime.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both contenders of {@link KinesisWarm} do the same work: the same answer for the same batch. */
class KinesisWarmTest {

    private static String answer(RequestStreamHandler handler, byte[] batch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(batch), out, AwsInputs.context());
        return Json.mapper().readTree(out.toByteArray()).toString();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void generatedAndHandWrittenAnswerAlike(boolean poison) throws IOException {
        byte[] batch = KinesisInputs.batch(poison);
        String generated = answer(new OrderStream_AwsHandler(), batch);
        assertEquals(answer(new KinesisObjectMapperLambda(), batch), generated);
        assertEquals(poison ? "{\"batchItemFailures\":[{\"itemIdentifier\":\"49590338271490256608559692538361571095921575989136580090\"}]}"
                : "{\"batchItemFailures\":[]}", generated);
    }
}
