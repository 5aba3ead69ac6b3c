package io.portablefn.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/** The message shape of docs/spring.md, both ways, without a Spring context. */
class PortableMessagesTest {

    private static final HttpFunction ORDERS = HttpFunction.raw("orders", 30, "/orders/{id}",
            EnumSet.of(HttpMethod.PUT, HttpMethod.GET), (request, context) -> HttpResponse.status(202)
                    .header("x-multi", "one").header("x-multi", "two")
                    .cookie("a=1").cookie("b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT")
                    .text(request.method() + " " + request.path() + " " + request.query().first("q").orElse("")
                            + " " + request.headers().all("x-list") + " " + request.headers().get("content-type").orElse("")));

    @Test
    void headersListsAndSpringsContentTypeBecomeHeaderLines() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes())
                .setHeader("x-list", List.of("a", "b"))
                .setHeader("portablefn-path", "/orders/7%2F8?q=a+b")
                .setHeader("portablefn-method", "get")
                .setHeader("not-text", 42)
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON)
                .build();

        HttpRequest request = PortableMessages.request(message, ORDERS);

        assertEquals("GET", request.method());
        assertEquals("/orders/7/8", request.path());
        assertEquals("a b", request.query().first("q").orElseThrow());
        assertEquals(List.of("a", "b"), request.headers().all("x-list"));
        assertEquals("application/json", request.headers().get("content-type").orElseThrow());
        assertEquals(false, request.headers().get("not-text").isPresent());
        assertEquals(message.getHeaders().getId().toString(), request.requestId());
    }

    @Test
    void withoutAPathTheFunctionIsCalledWithItsFirstMethod() {
        Message<byte[]> message = MessageBuilder.withPayload(new byte[0]).build();

        HttpRequest request = PortableMessages.request(message, ORDERS);

        assertEquals(false, PortableMessages.routed(message));
        assertEquals("GET", request.method()); // EnumSet order: GET before PUT
    }

    @Test
    void responseKeepsStatusMultiValueHeadersAndEveryCookie() {
        Message<byte[]> response = new PortableFunctionBean(ORDERS).apply(MessageBuilder.withPayload(new byte[0])
                .setHeader("portablefn-path", "/orders/1").build());

        assertEquals(202, response.getHeaders().get("statusCode"));
        assertEquals(List.of("one", "two"), response.getHeaders().get("x-multi"));
        assertEquals(List.of("a=1", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"), response.getHeaders().get("set-cookie"));
        assertEquals("text/plain;charset=utf-8", response.getHeaders().get("content-type"));
        assertEquals("text/plain;charset=utf-8", response.getHeaders().get("contentType"));
    }

    @Test
    void aPathNoTemplateMatchesIsTheContractsNotFound() {
        Message<byte[]> response = new PortableFunctionBean(ORDERS).apply(MessageBuilder.withPayload(new byte[0])
                .setHeader("portablefn-path", "/customers/1").build());

        assertEquals(404, response.getHeaders().get("statusCode"));
        assertEquals("application/problem+json", response.getHeaders().get("content-type"));
    }
}
