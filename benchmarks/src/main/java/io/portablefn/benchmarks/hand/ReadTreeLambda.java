package io.portablefn.benchmarks.hand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The plainest Jackson handler: one {@code ObjectMapper} that only calls {@code readTree}, on
 * the event and on its body, and writes the answer with the mapper's streaming generator. No
 * data binding and no node building, so none of databind's (de)serializers are made: the
 * cheapest handler a Jackson user would plausibly write, and the second baseline every AWS
 * ratio is stated against. Handler: {@code io.portablefn.benchmarks.hand.ReadTreeLambda::handleRequest}.
 */
public final class ReadTreeLambda implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        int status = 200;
        String answer;
        try {
            JsonNode name = MAPPER.readTree(body).path("name");
            answer = "{\"greeting\":" + quoted(Greeter.greet(new Greeter.Person(name.textValue())).greeting()) + "}";
        } catch (IOException | RuntimeException bad) {
            status = 400;
            answer = "{\"status\":400,\"title\":\"Bad Request\"}";
        }
        try (JsonGenerator out = MAPPER.createGenerator(output)) {
            out.writeStartObject();
            out.writeNumberField("statusCode", status);
            out.writeObjectFieldStart("headers");
            out.writeStringField("content-type", status == 200 ? "application/json" : "application/problem+json");
            out.writeEndObject();
            out.writeStringField("body", answer);
            out.writeBooleanField("isBase64Encoded", false);
            out.writeEndObject();
        }
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
