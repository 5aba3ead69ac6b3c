package io.portablefn.benchmarks.warm;

import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.cold.Jvm;
import io.portablefn.benchmarks.cold.Launcher;
import io.portablefn.benchmarks.cold.Variant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm calls of the greeting on Google's java-function-invoker 1.4.1, as Cloud Functions runs
 * it: both variants served by their own invoker process, called over loopback HTTP with one
 * keep-alive connection, in alternating blocks so that both see the same machine load. Measures
 * time per request as a client sees it (the invoker's Jetty included, as in production); the
 * in-process JMH benchmark ({@link GcpWarm}) isolates the function's own share and allocation.
 */
public final class InvokerWarm {

    private static final int WARMUP_REQUESTS = 20_000;

    private final Launcher launcher;
    private final int rounds;
    private final int requestsPerBlock;

    public InvokerWarm(Launcher launcher, int rounds, int requestsPerBlock) {
        this.launcher = launcher;
        this.rounds = rounds;
        this.requestsPerBlock = requestsPerBlock;
    }

    /** Microseconds per request, per variant, one entry per round. */
    public Map<String, List<Double>> run(List<Variant> variants, Jvm jvm) throws Exception {
        List<Launcher.Invoker> invokers = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            for (Variant variant : variants) {
                invokers.add(launcher.warmInvoker(variant, jvm));
            }
            for (Launcher.Invoker invoker : invokers) {
                block(client, invoker, WARMUP_REQUESTS);
            }
            Map<String, List<Double>> micros = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    int next = (i + round) % variants.size(); // rotate who goes first
                    double us = block(client, invokers.get(next), requestsPerBlock);
                    micros.computeIfAbsent(variants.get(next).name(), n -> new ArrayList<>()).add(us);
                }
            }
            return micros;
        } finally {
            for (Launcher.Invoker invoker : invokers) {
                invoker.close();
            }
        }
    }

    /** Sends {@code count} requests one after the other; returns microseconds per request. */
    private static double block(HttpClient client, Launcher.Invoker invoker, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + invoker.port() + "/greet"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixture.BODY_BYTES))
                .build();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The invoker answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return (System.nanoTime() - start) / 1e3 / count;
    }
}
