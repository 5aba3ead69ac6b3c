package io.portablefn.conformance.azure;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.Collections;
import java.util.Map;

/**
 * The worker's request message (binding/RpcHttpRequestDataSource.HttpRequestMessageImpl):
 * headers and query exactly as the host sent them, the URL parsed with {@code URI.create} on each
 * call (so an unparsable URL throws there), and a new response builder per call.
 */
final class ModelRequest implements HttpRequestMessage<Object> {

    private final RpcHttp http;
    private final Object body;

    ModelRequest(RpcHttp http, Object body) {
        this.http = http;
        this.body = body;
    }

    @Override
    public URI getUri() {
        return URI.create(http.url());
    }

    @Override
    public HttpMethod getHttpMethod() {
        return HttpMethod.value(http.method());
    }

    @Override
    public Map<String, String> getHeaders() {
        return Collections.unmodifiableMap(http.headers());
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return Collections.unmodifiableMap(http.query());
    }

    @Override
    public Object getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new ModelResponse().status(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new ModelResponse().status(status);
    }
}
