package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Starting, stopping, limits and concurrency. */
class LocalServerLifecycleTest {

    private static HttpFunction ok(String path) {
        return HttpFunction.raw("ok", 30, path, Set.of(HttpMethod.GET, HttpMethod.POST),
                (request, context) -> HttpResponse.ok().text(request.body().length + " bytes"));
    }

    @Test
    void parallelRequestsRunAtTheSameTime() throws Exception {
        int parallel = 6;
        CountDownLatch allArrived = new CountDownLatch(parallel);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        HttpFunction sleeper = HttpFunction.raw("sleeper", 30, "/sleep", Set.of(HttpMethod.GET), (request, context) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            allArrived.countDown();
            // Each call holds its thread until all have arrived: they finish only if they overlap.
            boolean overlapped = allArrived.await(15, TimeUnit.SECONDS);
            running.decrementAndGet();
            return HttpResponse.ok().text(Boolean.toString(overlapped));
        });
        LocalServer server = LocalServer.start(0, List.of(sleeper));
        try {
            Client client = new Client(server.port());
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return client.get("/sleep").body();
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                }));
            }
            for (CompletableFuture<String> call : calls) {
                assertEquals("true", call.get(30, TimeUnit.SECONDS));
            }
            assertEquals(parallel, mostAtOnce.get());
        } finally {
            server.stop();
        }
    }

    @Test
    void bodiesOverTheLimitAre413AndAtTheLimitPass() throws Exception {
        LocalServer server = LocalServer.start(0, List.of(ok("/upload")), 1024, System.err);
        try {
            Client client = new Client(server.port());
            var atLimit = client.sendForText(client.request("POST", "/upload", new byte[1024]));
            assertEquals("1024 bytes", atLimit.body());
            var over = client.sendForText(client.request("POST", "/upload", new byte[1025]));
            assertEquals(413, over.statusCode());
            assertTrue(over.body().contains("1024 bytes"), over.body());
        } finally {
            server.stop();
        }
        assertEquals(6 * 1024 * 1024, ServerSettings.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void stopFreesThePortAndCanBeCalledTwice() throws Exception {
        LocalServer server = LocalServer.start(0, List.of(ok("/")));
        int port = server.port();
        assertNotEquals(0, port);
        assertEquals("0 bytes", new Client(port).get("/").body());
        server.stop();
        server.stop();
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void aPortInUseIsRefusedNamingThePortAndHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var refused = assertThrows(IllegalStateException.class,
                    () -> LocalServer.start(taken.getLocalPort(), List.of(ok("/"))));
            assertTrue(refused.getMessage().contains("Port " + taken.getLocalPort() + " is already in use"), refused.getMessage());
            assertTrue(refused.getMessage().contains("--port"), refused.getMessage());
        }
    }

    @Test
    void functionFailuresAreLoggedNotSent() throws Exception {
        // A function returning null is the function's fault; the runtime answers 500 and logs it.
        HttpFunction nothing = HttpFunction.raw("nothing", 30, "/", Set.of(HttpMethod.GET), (request, context) -> null);
        LocalServer server = LocalServer.start(0, List.of(nothing));
        try {
            var response = new Client(server.port()).get("/");
            assertEquals(500, response.statusCode());
            assertTrue(response.body().contains("\"status\":500"), response.body());
            assertFalse(response.body().contains("IllegalStateException"), response.body());
        } finally {
            server.stop();
        }
    }
}
