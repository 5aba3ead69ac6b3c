package io.portablefn.benchmarks.hand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.benchmarks.logic.Orders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The SQS baseline most Lambda code looks like: a static {@code ObjectMapper}, the batch read as
 * a tree, each body bound to {@link Orders.Order}, and a partial batch response naming the
 * messages that failed (ReportBatchItemFailures).
 */
public final class SqsObjectMapperLambda implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        ObjectNode response = MAPPER.createObjectNode();
        ArrayNode failures = response.putArray("batchItemFailures");
        for (JsonNode record : event.path("Records")) {
            try {
                Orders.place(MAPPER.readValue(record.path("body").asText(), Orders.Order.class));
            } catch (IOException | RuntimeException failed) {
                failures.addObject().put("itemIdentifier", record.path("messageId").asText());
            }
        }
        MAPPER.writeValue(output, response);
    }
}
