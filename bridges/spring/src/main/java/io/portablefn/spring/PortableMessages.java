package io.portablefn.spring;

import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.Bodies;
import io.portablefn.runtime.HttpFunction;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * How a Spring message carries an HTTP request to a portable function and its response back.
 *
 * <p>In: the payload is the body. Every header whose value is text (or a collection or array of
 * text) is an HTTP header line, one line per element; Spring's {@code contentType} becomes
 * {@code content-type} when the message has none. {@value #METHOD} and {@value #PATH} (path and
 * raw query, still percent-encoded, e.g. {@code /orders/7?verbose=1}) are optional: with a path,
 * the function routes as on every cloud (404, 405, path parameters); without one, it is called
 * directly with the trigger's first method. {@value #REQUEST_ID} is the request id, else the
 * message id.
 *
 * <p>Out: the payload is the body (empty, never null, when there is none); {@value #STATUS} is the
 * status as an {@code Integer} (the header Spring Cloud Function's AWS and GCP adapters read);
 * each response header under its lower-case name, a {@code String} for one value and a
 * {@code List<String>} for several; {@value #SET_COOKIE} the {@code List<String>} of Set-Cookie
 * lines, never joined; and Spring's {@code contentType} set to the content type.
 */
final class PortableMessages {

    static final String METHOD = "portablefn-method";
    static final String PATH = "portablefn-path";
    static final String REQUEST_ID = "portablefn-request-id";
    static final String STATUS = "statusCode";
    static final String SET_COOKIE = "set-cookie";

    // Spring's own bookkeeping and our routing headers are not HTTP header lines.
    private static final Set<String> NOT_HTTP = Set.of(MessageHeaders.ID, MessageHeaders.TIMESTAMP,
            MessageHeaders.CONTENT_TYPE, METHOD, PATH, REQUEST_ID);

    private PortableMessages() {
    }

    static boolean routed(Message<?> message) {
        return message.getHeaders().get(PATH) instanceof CharSequence;
    }

    static HttpRequest request(Message<byte[]> message, HttpFunction function) {
        MessageHeaders headers = message.getHeaders();
        HttpRequest.Builder request = HttpRequest.builder()
                .method(text(headers.get(METHOD), function.methods().iterator().next().name()))
                .body(message.getPayload())
                .requestId(text(headers.get(REQUEST_ID), String.valueOf(headers.getId())));
        String target = text(headers.get(PATH), function.path().toString());
        int question = target.indexOf('?');
        request.path(Bodies.decodePath(question < 0 ? target : target.substring(0, question)));
        if (question >= 0) {
            request.rawQuery(target.substring(question + 1));
        }
        boolean contentType = false;
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            if (NOT_HTTP.contains(header.getKey())) {
                continue;
            }
            for (String line : lines(header.getValue())) {
                request.header(header.getKey(), line);
                contentType |= header.getKey().equalsIgnoreCase("content-type");
            }
        }
        Object springContentType = headers.get(MessageHeaders.CONTENT_TYPE);
        if (!contentType && springContentType != null) {
            request.header("content-type", springContentType.toString());
        }
        return request.build();
    }

    static Message<byte[]> message(HttpResponse response) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(response.body()).setHeader(STATUS, response.status());
        response.headers().forEach((name, values) ->
                message.setHeader(name, values.size() == 1 ? values.get(0) : List.copyOf(values)));
        if (!response.cookies().isEmpty()) {
            message.setHeader(SET_COOKIE, List.copyOf(response.cookies()));
        }
        response.header("content-type").ifPresent(type -> message.setHeader(MessageHeaders.CONTENT_TYPE, type));
        return message.build();
    }

    private static String text(Object value, String otherwise) {
        return value instanceof CharSequence text ? text.toString() : otherwise;
    }

    private static List<String> lines(Object value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof CharSequence text) {
            lines.add(text.toString());
        } else if (value instanceof Collection<?> values) {
            values.forEach(element -> lines.addAll(lines(element)));
        } else if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                lines.addAll(lines(Array.get(value, i)));
            }
        }
        return lines;
    }
}
