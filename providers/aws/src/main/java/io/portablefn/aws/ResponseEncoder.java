package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes the neutral response as the JSON the request's front door expects back, with
 * Jackson's streaming generator:
 * <ul>
 *   <li>REST and HTTP API payload 1.0: {@code statusCode}, {@code multiValueHeaders} (Set-Cookie lines there too),
 *       {@code body}, {@code isBase64Encoded};
 *   <li>HTTP API (2.0) and Function URL: {@code statusCode}, {@code headers} (a repeated header's
 *       values joined with {@link #LIST_SEPARATOR}, the only form 2.0 has), {@code cookies},
 *       {@code body}, {@code isBase64Encoded};
 *   <li>ALB: {@code statusCode}, {@code statusDescription} ("200 OK"), {@code headers} or, in
 *       multi-value mode, {@code multiValueHeaders}, {@code body}, {@code isBase64Encoded}.
 * </ul>
 * A BINARY body goes out base64 with {@code isBase64Encoded: true}; text and JSON as text.
 */
final class ResponseEncoder {

    /**
     * Joins the values of a repeated response header where the front door takes one value per
     * name: RFC 9110 §5.3's ", ", the separator every cloud that forces joining uses
     * (docs/mapping.md, http.response.headers).
     */
    static final String LIST_SEPARATOR = ", ";

    private ResponseEncoder() {
    }

    static byte[] encode(HttpResponse response, EventShape shape, FunctionLogger logger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + response.body().length * 4 / 3);
        try {
            write(response, shape, logger, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** Writes the response straight to Lambda's output stream, which stays open. */
    static void write(HttpResponse response, EventShape shape, FunctionLogger logger, OutputStream out)
            throws IOException {
        try (JsonGenerator json = EventReader.JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("statusCode", response.status());
            if (shape == EventShape.ALB || shape == EventShape.ALB_MULTI_VALUE) {
                json.writeStringField("statusDescription",
                        response.status() + " " + HttpStatus.reasonPhrase(response.status()));
            }
            if (shape.multiValueResponse()) {
                writeMultiValueHeaders(json, response);
            } else if (shape == EventShape.ALB) {
                writeSingleValueHeaders(json, response, logger);
            } else {
                writeV2Headers(json, response);
            }
            boolean binary = response.bodyKind() == HttpResponse.BodyKind.BINARY;
            json.writeFieldName("body");
            if (binary) {
                json.writeString(Base64.getEncoder().encodeToString(response.body()));
            } else {
                // Text and JSON bodies are UTF-8 already: escaped as they are, without a String copy.
                json.writeUTF8String(response.body(), 0, response.body().length);
            }
            json.writeBooleanField("isBase64Encoded", binary);
            json.writeEndObject();
        }
    }

    private static void writeMultiValueHeaders(JsonGenerator json, HttpResponse response) throws IOException {
        json.writeObjectFieldStart("multiValueHeaders");
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            writeArray(json, header.getKey(), header.getValue());
        }
        if (!response.cookies().isEmpty()) {
            writeArray(json, "set-cookie", response.cookies());
        }
        json.writeEndObject();
    }

    private static void writeV2Headers(JsonGenerator json, HttpResponse response) throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            json.writeStringField(header.getKey(), joined(header.getValue()));
        }
        json.writeEndObject();
        if (!response.cookies().isEmpty()) {
            json.writeArrayFieldStart("cookies");
            for (String cookie : response.cookies()) {
                json.writeString(cookie);
            }
            json.writeEndArray();
        }
    }

    /**
     * ALB without multi-value headers takes one value per name. Repeated headers are joined
     * with {@link #LIST_SEPARATOR} (RFC 9110 allows it for list fields). Set-Cookie cannot be
     * joined (its Expires attribute holds a comma and browsers never split it), so only the first
     * cookie goes out and the loss is logged: a known gap, fixed by enabling multi-value headers on
     * the target group.
     */
    private static void writeSingleValueHeaders(JsonGenerator json, HttpResponse response, FunctionLogger logger)
            throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            json.writeStringField(header.getKey(), joined(header.getValue()));
        }
        List<String> cookies = response.cookies();
        if (!cookies.isEmpty()) {
            json.writeStringField("set-cookie", cookies.get(0));
        }
        json.writeEndObject();
        if (cookies.size() > 1) {
            logger.warn("The response sets " + cookies.size() + " cookies but this ALB target group has"
                    + " multi-value headers disabled, which allows one Set-Cookie; only the first was sent."
                    + " Enable multi-value headers on the target group to send them all.");
        }
    }

    /** The values joined with {@link #LIST_SEPARATOR}; the usual single value as it is, without a copy. */
    private static String joined(List<String> values) {
        return values.size() == 1 ? values.get(0) : String.join(LIST_SEPARATOR, values);
    }

    private static void writeArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < values.size(); i++) {
            json.writeString(values.get(i));
        }
        json.writeEndArray();
    }
}
