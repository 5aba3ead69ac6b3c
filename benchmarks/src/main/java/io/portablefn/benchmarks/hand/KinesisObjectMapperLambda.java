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
import java.util.Base64;

/**
 * The Kinesis baseline most Lambda code looks like: a static {@code ObjectMapper}, the batch read
 * as a tree, each record's data base64-decoded and bound to {@link Orders.Order}, and a partial
 * batch response naming the first record that failed, after which the shard's order requires
 * stopping (ReportBatchItemFailures for streams).
 */
public final class KinesisObjectMapperLambda implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        ObjectNode response = MAPPER.createObjectNode();
        ArrayNode failures = response.putArray("batchItemFailures");
        for (JsonNode record : event.path("Records")) {
            JsonNode kinesis = record.path("kinesis");
            try {
                byte[] data = Base64.getDecoder().decode(kinesis.path("data").asText());
                Orders.place(MAPPER.readValue(data, Orders.Order.class));
            } catch (IOException | RuntimeException failed) {
                failures.addObject().put("itemIdentifier", kinesis.path("sequenceNumber").asText());
                break;
            }
        }
        MAPPER.writeValue(output, response);
    }
}
