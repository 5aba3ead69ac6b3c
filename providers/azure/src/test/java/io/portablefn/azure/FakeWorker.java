package io.portablefn.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Minimal stand-ins for what the Java worker passes, shaped as the worker shapes them. */
final class FakeWorker {

    private FakeWorker() {
    }

    static Request request(String method, String url, Map<String, String> headers, String body) {
        return new Request(method, url, headers, body);
    }

    static ExecutionContext context(String invocationId) {
        return new ExecutionContext() {
            @Override
            public Logger getLogger() {
                return Logger.getLogger("test");
            }

            @Override
            public String getInvocationId() {
                return invocationId;
            }

            @Override
            public String getFunctionName() {
                return "echo";
            }
        };
    }

    record Request(String method, String url, Map<String, String> headers, String body)
            implements HttpRequestMessage<Optional<String>> {
        @Override
        public URI getUri() {
            return URI.create(url);
        }

        @Override
        public HttpMethod getHttpMethod() {
            return HttpMethod.value(method);
        }

        @Override
        public Map<String, String> getHeaders() {
            return headers;
        }

        @Override
        public Map<String, String> getQueryParameters() {
            return Map.of();
        }

        @Override
        public Optional<String> getBody() {
            return Optional.ofNullable(body);
        }

        @Override
        public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
            return new Response().status(status);
        }

        @Override
        public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
            return new Response().status(status);
        }
    }

    /** Like the worker's RpcHttpDataTarget: headers in a HashMap keyed by exact name. */
    static final class Response implements HttpResponseMessage, HttpResponseMessage.Builder {
        final Map<String, String> headers = new HashMap<>();
        HttpStatusType status = HttpStatus.OK;
        Object body;

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType status) {
            this.status = status;
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String key, String value) {
            headers.put(key, value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object body) {
            this.body = body;
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
        public String getHeader(String key) {
            return headers.get(key);
        }

        @Override
        public Object getBody() {
            return body;
        }
    }
}
