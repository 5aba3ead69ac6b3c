package io.portablefn.benchmarks.fakes;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The request the Azure Functions Java worker hands an {@code @FunctionName} method, as it is
 * when the method is called (URL parsed, headers in a map, body a String), and the worker's
 * response builder: a status, a header map and a body object.
 */
public final class FakeAzureRequest implements HttpRequestMessage<Optional<String>> {

    private static final URI URL = URI.create("https://greet-app.azurewebsites.net/api/greet");
    private static final Map<String, String> HEADERS = Map.of(
            "accept", "application/json",
            "content-type", "application/json",
            "content-length", "14",
            "host", "greet-app.azurewebsites.net",
            "user-agent", "bench-client/1.0");
    private final Optional<String> body;

    public FakeAzureRequest(String body) {
        this.body = Optional.of(body);
    }

    /** The worker's context: an invocation id and a logger. */
    public static final ExecutionContext CONTEXT = new ExecutionContext() {
        private final Logger logger = Logger.getLogger("Host.Function.greet");

        @Override
        public Logger getLogger() {
            return logger;
        }

        @Override
        public String getInvocationId() {
            return "3f1c2d4e-5b6a-7c8d-9e0f-a1b2c3d4e5f6";
        }

        @Override
        public String getFunctionName() {
            return "greet";
        }
    };

    @Override
    public URI getUri() {
        return URL;
    }

    @Override
    public com.microsoft.azure.functions.HttpMethod getHttpMethod() {
        return com.microsoft.azure.functions.HttpMethod.POST;
    }

    @Override
    public Map<String, String> getHeaders() {
        return HEADERS;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return Map.of();
    }

    @Override
    public Optional<String> getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new Response(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new Response(status);
    }

    /** The worker's response and its builder in one. */
    public static final class Response implements HttpResponseMessage, HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new HashMap<>();
        private Object body;

        Response(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public Builder status(HttpStatusType newStatus) {
            status = newStatus;
            return this;
        }

        @Override
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public Builder body(Object newBody) {
            body = newBody;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            return this;
        }

        @Override
        public HttpStatusType getStatus() {
            return status;
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }

        @Override
        public Object getBody() {
            return body;
        }
    }
}
