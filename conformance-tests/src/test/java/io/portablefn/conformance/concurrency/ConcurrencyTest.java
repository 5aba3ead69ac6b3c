package io.portablefn.conformance.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.azure.AzureTarget;
import io.portablefn.conformance.gcp.GcpInvokerTarget;
import io.portablefn.conformance.gcp.GcpTarget;
import io.portablefn.conformance.local.LocalTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Azure, GCP and the local server call one function instance from many threads at once
 * (docs/mapping.md, "Concurrency"): ten requests must be inside the function together, and each
 * answer must carry its own request's data. AWS Lambda runs one invocation per execution
 * environment at a time, so its targets are not asked to.
 */
class ConcurrencyTest {

    private static final int PARTIES = 10;

    static Stream<Target> concurrentTargets() {
        return Stream.of(new LocalTarget(), new GcpInvokerTarget(), new GcpTarget(), new AzureTarget());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concurrentTargets")
    void tenRequestsRunTogetherAndKeepTheirOwnData(Target target) throws Exception {
        String group = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(PARTIES);
        try (target) {
            List<Future<WireResponse>> answers = new ArrayList<>();
            for (int i = 0; i < PARTIES; i++) {
                String id = "r" + i;
                WireRequest request = WireRequest.of("POST", "/rendezvous/" + group + "?parties=" + PARTIES + "&id=" + id,
                        List.of(Map.entry("X-T-Id", id), Map.entry("Content-Type", "text/plain")), id);
                answers.add(clients.submit(() -> target.send(Rendezvous.class, request)));
            }
            for (int i = 0; i < PARTIES; i++) {
                WireResponse answer = answers.get(i).get();
                assertEquals(200, answer.status(), answer::toString);
                assertEquals("true", answer.header("x-together"), () -> target.name()
                        + " did not run " + PARTIES + " requests at once");
                assertEquals("query=r" + i + " header=r" + i + " body=r" + i + " invocation-is-own=true",
                        answer.bodyAsString());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
