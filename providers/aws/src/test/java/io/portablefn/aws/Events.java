package io.portablefn.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/** Test helpers: parse, detect and decode an event; run an adapter; read its answer. */
final class Events {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    static AwsEvent parse(String json) {
        try {
            return EventReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP shape of the event, or null when it is no HTTP request. */
    static EventShape shape(String json) {
        return parse(json) instanceof HttpEvent http ? http.shape() : null;
    }

    /** Decodes an event of a known shape; fails the test if the shape is unknown. */
    static HttpRequest decode(String json) {
        if (!(parse(json) instanceof HttpEvent event)) {
            throw new AssertionError("no known shape: " + json);
        }
        return RequestDecoder.decode(event);
    }

    /** A function at {@code path} answering every method with {@code response}. */
    static HttpFunction answering(String path, HttpResponse response) {
        return HttpFunction.raw("test-fn", 30, path, EnumSet.allOf(HttpMethod.class), (request, context) -> response);
    }

    /** Runs the adapter on the event and parses the JSON it writes. */
    static JsonNode run(AwsHttpAdapter adapter, String event, Context lambda) {
        return run(adapter, event.getBytes(StandardCharsets.UTF_8), lambda);
    }

    static JsonNode run(AwsHttpAdapter adapter, byte[] event, Context lambda) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            adapter.handle(new ByteArrayInputStream(event), out, lambda);
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
