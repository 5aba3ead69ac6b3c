package io.portablefn.conformance.azure;

import com.microsoft.azure.functions.HttpResponseMessage;
import io.portablefn.testkit.azure.WorkerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker turning the function's result into the response RpcHttp
 * (binding/RpcHttpDataTarget.toRpcHttpData, DataTarget): the status code as a string, the header
 * map in its own (HashMap) order, cookies never filled, and the body as a TypedData: bytes for
 * {@code byte[]}, a string for {@code String}, JSON {@code null} when missing.
 */
final class WorkerResult {

    private WorkerResult() {
    }

    static RpcHttp toRpcHttp(Object result) {
        if (!(result instanceof HttpResponseMessage response)) {
            throw new UnsupportedOperationException("The Azure model expects an HttpResponseMessage result, got "
                    + (result == null ? "null" : result.getClass().getName()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (response instanceof WorkerResponse worker) {
            headers.putAll(worker.headers());
        }
        return new RpcHttp(null, null, Integer.toString(response.getStatusCode()), headers, Map.of(),
                body(response.getBody()));
    }

    private static Object body(Object body) {
        if (body == null) {
            return RpcHttp.JSON_NULL;
        }
        if (body instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (body instanceof String text) {
            return text;
        }
        // The real worker serialises other objects with gson; portablefn never sends one.
        throw new UnsupportedOperationException("The Azure model carries byte[] and String bodies, not "
                + body.getClass().getName());
    }
}
