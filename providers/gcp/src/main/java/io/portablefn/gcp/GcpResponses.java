package io.portablefn.gcp;

import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a neutral response through the Functions Framework's response.
 *
 * <p>In java-function-invoker 1.4.1, {@code appendHeader} is Jetty's {@code addHeader}: every call
 * adds a line (so several values and several Set-Cookie lines all reach the client), except that
 * {@code Content-Type} replaces the content type and {@code Content-Length} replaces the length.
 * So the content type is set once with {@code setContentType}, and a function's Content-Length is
 * not copied: Jetty frames the body it is given and a stale length would corrupt the response.
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
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        }
    }
}
