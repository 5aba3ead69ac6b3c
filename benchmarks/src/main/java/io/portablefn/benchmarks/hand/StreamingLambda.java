package io.portablefn.benchmarks.hand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The floor: the same handler with jackson-core's streaming parser and generator only, no
 * data binding at all. Nobody would write every function like this; it shows what the JVM and
 * the JSON parsing alone cost. Handler: {@code io.portablefn.benchmarks.hand.StreamingLambda::handleRequest}.
 */
public final class StreamingLambda implements RequestStreamHandler {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String body = "";
        boolean base64 = false;
        try (JsonParser event = JSON.createParser(input)) {
            event.nextToken();
            while (event.nextToken() == JsonToken.FIELD_NAME) {
                String field = event.currentName();
                JsonToken value = event.nextToken();
                if (field.equals("body") && value == JsonToken.VALUE_STRING) {
                    body = event.getText();
                } else if (field.equals("isBase64Encoded")) {
                    base64 = value == JsonToken.VALUE_TRUE;
                } else {
                    event.skipChildren();
                }
            }
        }
        if (base64) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        int status = 200;
        String answer;
        try {
            answer = greeting(Greeter.greet(new Greeter.Person(name(body))).greeting());
        } catch (IOException | RuntimeException bad) {
            status = 400;
            answer = "{\"status\":400,\"title\":\"Bad Request\"}";
        }
        try (JsonGenerator out = JSON.createGenerator(output)) {
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

    private static String name(String body) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String name = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("name")) {
                    name = json.getValueAsString();
                } else {
                    json.skipChildren();
                }
            }
            return name;
        }
    }

    private static String greeting(String text) throws IOException {
        StringWriter body = new StringWriter(64);
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringField("greeting", text);
            json.writeEndObject();
        }
        return body.toString();
    }
}
