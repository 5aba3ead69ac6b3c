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

    /** The 500 answer to an unexpected failure: it names the invocation, never the failure. */
    public static HttpResponse internalError(String invocationId) {
        return response(500, "The function failed. Its log has the details under invocation id "
                + invocationId + ".");
    }

    /** The problem JSON for this status and detail, as UTF-8. */
    public static byte[] body(int status, String detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", HttpStatus.reasonPhrase(status));
            json.writeNumberField("status", status);
            if (detail != null && !detail.isEmpty()) {
                json.writeStringField("detail", detail);
            }
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
