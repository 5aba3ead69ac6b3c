package io.portablefn.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.local.LocalServer;
import io.portablefn.runtime.FunctionIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample as a user would try it: every function through the local server. */
class HelloSampleTest {

    private static LocalServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = LocalServer.start(0, FunctionIndex.load(HelloSampleTest.class.getClassLoader()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void greetAnswersJson() throws Exception {
        HttpResponse<String> response = send(to("/greet").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}")));
        assertEquals(200, response.statusCode());
        assertEquals("{\"greeting\":\"Hello, Ada\"}", response.body());
    }

    @Test
    void greetWithoutANameIsA400() throws Exception {
        HttpResponse<String> response = send(to("/greet").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void helloAnswersText() throws Exception {
        HttpResponse<String> response = send(to("/hello?name=Ada"));
        assertEquals(200, response.statusCode());
        assertEquals("Hello, Ada", response.body());
    }

    @Test
    void filesAnswersTheRestOfThePath() throws Exception {
        assertEquals("docs/2026/a b.txt", send(to("/files/docs/2026/a%20b.txt")).body());
        assertEquals("", send(to("/files")).body());
        assertEquals("", send(to("/files/")).body());
        assertEquals(200, send(to("/files")).statusCode());
    }
}
