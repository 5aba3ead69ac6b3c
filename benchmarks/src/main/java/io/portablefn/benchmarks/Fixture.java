package io.portablefn.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one request every variant answers: {@code POST /greet} with {@code {"name":"Ada"}}; the
 * POJO and {@code Map} variants take the same request on a path of their own
 * ({@link #httpApiV2Event(String)}).
 */
public final class Fixture {

    /** An API Gateway HTTP API (payload 2.0) event, written for these benchmarks. */
    public static final byte[] HTTP_API_V2_EVENT = resource("http-api-v2-post-greet.aws.json");
    public static final String BODY = "{\"name\":\"Ada\"}";
    public static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);
    public static final String PATH = "/greet";
    public static final String EXPECTED = "{\"greeting\":\"Hello, Ada\"}";

    private Fixture() {
    }

    /** The same event for another path: only its route key and paths change. */
    public static byte[] httpApiV2Event(String path) {
        String event = new String(HTTP_API_V2_EVENT, StandardCharsets.UTF_8);
        String moved = event.replace(PATH + "\"", path + "\"");
        if (!path.equals(PATH) && moved.equals(event)) {
            throw new IllegalStateException("The fixture event names no path " + PATH + " to replace");
        }
        return moved.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource io/portablefn/benchmarks/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
