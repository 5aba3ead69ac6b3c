package io.portablefn.samples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The Spring Boot application finds portable functions in its FunctionCatalog by their
 * {@code @Function} names, and they answer with portablefn's whole response: status, headers,
 * cookies, body, problem bodies. The Spring beans that the bridges delegate to stay the beans.
 */
class CatalogTest {

    private static ConfigurableApplicationContext context;
    private static FunctionCatalog catalog;

    @BeforeAll
    static void start() {
        SpringApplication application = new SpringApplication(SpringHelloApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        context = application.run();
        catalog = context.getBean(FunctionCatalog.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void rawFunctionKeepsStatusHeadersAndCookies() {
        Message<byte[]> response = call("hello", MessageBuilder.withPayload(new byte[0])
                .setHeader("portablefn-method", "GET")
                .setHeader("portablefn-path", "/hello/Ada?greeting=Hi")
                .build());

        assertEquals(201, response.getHeaders().get("statusCode"));
        assertEquals("Hi, Ada", text(response));
        assertEquals("Ada", response.getHeaders().get("x-greeted"));
        assertEquals("text/plain;charset=utf-8", response.getHeaders().get("content-type"));
        assertEquals(List.of("greeted=Ada; Path=/", "visits=1; Path=/; HttpOnly"), response.getHeaders().get("set-cookie"));
    }

    @Test
    void typedFunctionBindsJsonWithPortablefnsRules() {
        Message<byte[]> response = call("greet", json("{\"name\":\"Ada\",\"unknown\":1}"));

        assertEquals(200, response.getHeaders().get("statusCode"));
        assertEquals("{\"greeting\":\"Hello, Ada\"}", text(response));
        assertEquals("application/json", response.getHeaders().get("content-type"));
    }

    @Test
    void errorsAreProblemResponsesNotExceptions() {
        Message<byte[]> declared = call("greet", json("{\"name\":\"\"}"));
        assertEquals(400, declared.getHeaders().get("statusCode"));
        assertEquals("application/problem+json", declared.getHeaders().get("content-type"));

        Message<byte[]> malformed = call("greet", json("{\"name\":"));
        assertEquals(400, malformed.getHeaders().get("statusCode"));
    }

    @Test
    void pathsAreRoutedAsOnEveryCloud() {
        Message<byte[]> response = call("hello", MessageBuilder.withPayload(new byte[0])
                .setHeader("portablefn-path", "/goodbye/Ada").build());

        assertEquals(404, response.getHeaders().get("statusCode"));
    }

    @Test
    void springBeansBehindBridgesStayTheBeans() {
        Function<String, String> uppercase = catalog.lookup("uppercase");
        assertNotNull(uppercase);
        assertEquals("SPRING", uppercase.apply("spring"));
    }

    private static Message<byte[]> call(String name, Message<byte[]> request) {
        Function<Message<byte[]>, Message<byte[]>> function = catalog.lookup(name);
        assertNotNull(function, () -> name + " is not in the catalog; it has " + catalog.getNames(null));
        return function.apply(request);
    }

    private static Message<byte[]> json(String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader("content-type", "application/json").build();
    }

    private static String text(Message<byte[]> message) {
        return new String(message.getPayload(), StandardCharsets.UTF_8);
    }
}
