package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Error responses: {@code application/problem+json} bodies (RFC 9457) with {@code type},
 * {@code title}, {@code status} and {@code detail}, byte for byte the same on every provider.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    private static final JsonFactory JSON = new JsonFactory();

    private Problems() {
    }

    /** A problem response for a declared error, with its public message as detail. */
    public static HttpResponse of(HttpException declared) {
        return response(declared.status(), declared.getMessage());
    }

    /** A problem response with this status and detail. */
    public static HttpResponse response(int status, String detail) {
        return HttpResponse.status(status).contentType(CONTENT_TYPE).jsonBytes(body(status, detail));
    }

    /**
     * The 500 answer to an unexpected failure. It says nothing of the failure; its
     * {@code instance} names the invocation, so the caller can quote it and an operator can find
     * the stack trace in the log.
     */
    public static HttpResponse internalError(String invocationId) {
        return HttpResponse.status(500).contentType(CONTENT_TYPE).jsonBytes(body(500,
                "The function failed unexpectedly. Quote the instance when reporting it.",
                INVOCATION_URN + invocationId));
    }

    /** The prefix of {@code instance} in a 500 problem; the invocation id follows. */
    public static final String INVOCATION_URN = "urn:portablefn:invocation:";

    /** The problem JSON for this status and detail, as UTF-8. */
    public static byte[] body(int status, String detail) {
        return body(status, detail, null);
    }

    private static byte[] body(int status, String detail, String instance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", HttpStatus.reasonPhrase(status));
            json.writeNumberField("status", status);
            if (detail != null && !detail.isEmpty()) {
                json.writeStringField("detail", detail);
            }
            if (instance != null) {
                json.writeStringField("instance", instance);
            }
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
