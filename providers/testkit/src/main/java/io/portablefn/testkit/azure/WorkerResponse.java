package io.portablefn.testkit.azure;

import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java worker's response builder and message in one (binding/RpcHttpDataTarget): status 200
 * unless set, headers in a HashMap keyed by exact name (a repeated name replaces the earlier
 * value; names differing in case are different keys), any body object.
 */
public final class WorkerResponse implements HttpResponseMessage, HttpResponseMessage.Builder {

    private final Map<String, String> headers = new HashMap<>();
    private HttpStatusType status = HttpStatus.OK;
    private Object body;

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

    /** Every header set, read-only, in the HashMap's own order (the order the worker sends them in). */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
