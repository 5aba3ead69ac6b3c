package io.portablefn.benchmarks.hand;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.portablefn.benchmarks.logic.Greeter;
import java.io.IOException;
import java.util.Optional;

/**
 * The same function written by hand for Azure Functions, with a static ObjectMapper; with
 * JavaBean bodies as {@code GreetAzureFunction$PojoBody}, {@code Map} bodies as {@code GreetAzureFunction$MapBody}.
 */
public class GreetAzureFunction {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @FunctionName("greet-hand")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = {HttpMethod.POST}, route = "greet",
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return greet(request);
    }

    /**
     * The same function honouring the route as portablefn's contract states it on every cloud
     * (exact, case-sensitive, no trailing slash), which the host's router does not: the path can
     * only come from {@code getUri()}, which the Java worker parses on every call.
     */
    @FunctionName("greet-hand-exact-route")
    public HttpResponseMessage runExactRoute(
            @HttpTrigger(name = "request", methods = {HttpMethod.POST}, route = "greet",
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        String path = request.getUri().getRawPath();
        if (!path.endsWith("/greet")) {
            return request.createResponseBuilder(HttpStatus.NOT_FOUND).build();
        }
        return greet(request);
    }

    private HttpResponseMessage greet(HttpRequestMessage<Optional<String>> request) {
        try {
            Object greeting = greet(request.getBody().orElse(""));
            return request.createResponseBuilder(HttpStatus.OK).header("content-type", "application/json")
                    .body(MAPPER.writeValueAsBytes(greeting)).build();
        } catch (IOException | RuntimeException bad) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST)
                    .header("content-type", "application/problem+json")
                    .body("{\"status\":400,\"title\":\"Bad Request\"}").build();
        }
    }

    /** Binds the body and greets: the one line the variants differ in. */
    Object greet(String body) throws IOException {
        return Greeter.greet(MAPPER.readValue(body, Greeter.Person.class));
    }

    /** The same function with JavaBean bodies. */
    public static final class PojoBody extends GreetAzureFunction {
        @Override
        Object greet(String body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, Greeter.PersonBean.class));
        }
    }

    /** The same function with {@code Map<String, Object>} in, {@code Map<String, String>} out. */
    public static final class MapBody extends GreetAzureFunction {
        @Override
        Object greet(String body) throws IOException {
            return Greeter.greet(MAPPER.readValue(body, new TypeReference<java.util.Map<String, Object>>() { }));
        }
    }
}
