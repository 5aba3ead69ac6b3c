package io.portablefn.gcp;

import com.google.cloud.functions.HttpResponse;
import java.io.IOException;

/**
 * Writes a neutral response through the Functions Framework's response.
 *
 * <p>In java-function-invoker 1.4.1, {@code appendHeader} is Jetty's {@code addHeader}: every call
 * adds a line (so several values and several Set-Cookie lines all reach the client), except that
 * {@code Content-Type} replaces the content type and {@code Content-Length} replaces the length.
 * So the content type is set once with {@code setContentType}, and a function's Content-Length is
 * not copied (a stale length would corrupt the response): the length of the body actually written
 * is set instead.
 */
final class GcpResponses {

    private GcpResponses() {
    }

    static void encode(io.portablefn.api.HttpResponse neutral, HttpResponse response) throws IOException {
        response.setStatusCode(neutral.status());
        neutral.headers().forEach((name, values) -> {
            if (name.equals("content-type")) {
                response.setContentType(values.get(0));
            } else if (!name.equals("content-length")) {
                values.forEach(value -> response.appendHeader(name, value));
            }
        });
        for (String cookie : neutral.cookies()) {
            response.appendHeader("Set-Cookie", cookie);
        }
        byte[] body = neutral.body();
        if (body.length > 0) {
            // The length is known, so it is sent: java-function-invoker 1.4.1 flushes the response
            // after the function returns (HttpFunctionExecutor.service), which without a length
            // sends every answer chunked, one more write and its framing per request.
            response.appendHeader("Content-Length", Integer.toString(body.length));
            response.getOutputStream().write(body);
        }
    }
}
