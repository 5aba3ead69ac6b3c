package io.portablefn.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one request every variant answers: {@code POST /greet} with {@code {"name":"Ada"}}. */
public final class Fixture {

    /** An API Gateway HTTP API (payload 2.0) event, written for these benchmarks. */
    public static final byte[] HTTP_API_V2_EVENT = resource("http-api-v2-post-greet.aws.json");
    public static final String BODY = "{\"name\":\"Ada\"}";
    public static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);
    public static final String PATH = "/greet";
    public static final String EXPECTED = "{\"greeting\":\"Hello, Ada\"}";

    private Fixture() {
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
