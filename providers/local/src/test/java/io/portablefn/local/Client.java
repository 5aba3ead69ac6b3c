package io.portablefn.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Real HTTP/1.1 requests to a server under test. */
final class Client {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    Client(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String method, String rawPathAndQuery, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    HttpResponse<String> sendForText(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    HttpResponse<String> get(String rawPathAndQuery) throws IOException, InterruptedException {
        return sendForText(request("GET", rawPathAndQuery, null));
    }
}
