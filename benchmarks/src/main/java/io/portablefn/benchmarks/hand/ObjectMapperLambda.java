package io.portablefn.benchmarks.hand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The baseline most Lambda code looks like: a {@code RequestStreamHandler} with one static
 * Jackson {@code ObjectMapper}, reading the HTTP API 2.0 event as a tree and binding its body.
 * Handler: {@code io.portablefn.benchmarks.hand.ObjectMapperLambda::handleRequest}; the same
 * handler binding a JavaBean ({@code ObjectMapperLambda$PojoBody}) or a {@code Map}
 * ({@code ObjectMapperLambda$MapBody}) instead of a record.
 */
public class ObjectMapperLambda implements RequestStreamHandler {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        ObjectNode response = MAPPER.createObjectNode();
        try {
            Object greeting = greet(body);
            response.put("statusCode", 200);
            response.putObject("headers").put("content-type", "application/json");
            response.put("body", MAPPER.writeValueAsString(greeting));
        } catch (IOException | RuntimeException bad) {
            response.put("statusCode", 400);
            response.putObject("headers").put("content-type", "application/problem+json");
            response.put("body", "{\"status\":400,\"title\":\"Bad Request\"}");
        }
        response.put("isBase64Encoded", false);
        MAPPER.writeValue(output, response);
    }

    /** Binds the body and greets: the one line the variants differ in. */
    Object greet(String body) throws IOException {
        return Greeter.greet(MAPPER.readValue(body, Greeter.Person.class));
    }

    /** The same handler with JavaBean bodies. */
    public static final class PojoBody extends ObjectMapperLambda {
        @Override
        Object greet(String body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, Greeter.PersonBean.class));
        }
    }

    /** The same handler with {@code Map<String, Object>} in, {@code Map<String, String>} out. */
    public static final class MapBody extends ObjectMapperLambda {
        @Override
        Object greet(String body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, new TypeReference<java.util.Map<String, Object>>() { }));
        }
    }
}
