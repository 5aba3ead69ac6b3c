package io.portablefn.conformance.azure;

import java.util.Map;

/**
 * The fields of the gRPC {@code RpcHttp} message the model uses, in either direction.
 *
 * @param url request: the URL the host built; response: unused
 * @param method request method; response: unused
 * @param statusCode response status as the worker sends it, a string; request: unused
 * @param headers names to one value each, in message order
 * @param query request: the host's grouped query; response: unused
 * @param body a {@code String}, a {@code byte[]}, {@link #JSON_NULL} or null when absent
 */
record RpcHttp(String url, String method, String statusCode, Map<String, String> headers,
        Map<String, String> query, Object body) {

    /** A TypedData carrying JSON {@code null}: what the worker sends for a missing body. */
    static final Object JSON_NULL = new Object() {
        @Override
        public String toString() {
            return "json:null";
        }
    };
}
