package io.portablefn.testkit.azure;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * The Java worker's request message (binding/RpcHttpRequestDataSource.HttpRequestMessageImpl in
 * Azure/azure-functions-java-worker): headers and query exactly as the host sent them (one value
 * per name, read-only), the URL parsed with {@code URI.create} on each call (so an unparsable URL
 * throws there, not earlier), the body already bound to the declared type {@code T}, and a new
 * {@link WorkerResponse} builder per call.
 *
 * @param <T> the body type the function declares, e.g. {@code Optional<String>}
 */
public final class WorkerRequest<T> implements HttpRequestMessage<T> {

    private final String method;
    private final String url;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final T body;

    public WorkerRequest(String method, String url, Map<String, String> headers, Map<String, String> query, T body) {
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.headers = Collections.unmodifiableMap(headers);
        this.query = Collections.unmodifiableMap(query);
        this.body = body;
    }

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
        return query;
    }

    @Override
    public T getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new WorkerResponse().status(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new WorkerResponse().status(status);
    }
}
