package io.portablefn.benchmarks.hand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;

/** The same function written by hand for Google Cloud Functions, with a static ObjectMapper. */
public final class GreetHttpFunction implements HttpFunction {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        if (!request.getMethod().equals("POST")) {
            response.setStatusCode(405);
            return;
        }
        byte[] answer;
        try {
            answer = MAPPER.writeValueAsBytes(Greeter.greet(MAPPER.readValue(request.getInputStream(), Greeter.Person.class)));
            response.setContentType("application/json");
        } catch (IOException | RuntimeException bad) {
            response.setStatusCode(400);
            response.setContentType("application/problem+json");
            answer = "{\"status\":400,\"title\":\"Bad Request\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        // As a careful hand-written function does: with its length the answer is not sent chunked.
        response.appendHeader("Content-Length", Integer.toString(answer.length));
        response.getOutputStream().write(answer);
    }
}
