package io.portablefn.benchmarks.hand;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;

/**
 * The same function written by hand for Google Cloud Functions, with a static ObjectMapper; with
 * JavaBean bodies as {@code GreetHttpFunction$PojoBody}, {@code Map} bodies as {@code GreetHttpFunction$MapBody}.
 */
public class GreetHttpFunction implements HttpFunction {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        if (!request.getMethod().equals("POST")) {
            response.setStatusCode(405);
            return;
        }
        byte[] answer;
        try {
            answer = MAPPER.writeValueAsBytes(greet(request.getInputStream()));
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

    /** Binds the body and greets: the one line the variants differ in. */
    Object greet(java.io.InputStream body) throws IOException {
        return Greeter.greet(MAPPER.readValue(body, Greeter.Person.class));
    }

    /** The same function with JavaBean bodies. */
    public static final class PojoBody extends GreetHttpFunction {
        @Override
        Object greet(java.io.InputStream body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, Greeter.PersonBean.class));
        }
    }

    /** The same function with {@code Map<String, Object>} in, {@code Map<String, String>} out. */
    public static final class MapBody extends GreetHttpFunction {
        @Override
        Object greet(java.io.InputStream body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, new TypeReference<java.util.Map<String, Object>>() { }));
        }
    }
}
