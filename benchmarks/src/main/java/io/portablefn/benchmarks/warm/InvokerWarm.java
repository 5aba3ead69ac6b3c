package io.portablefn.benchmarks.warm;

import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.KeepAliveClient;
import io.portablefn.benchmarks.cold.Jvm;
import io.portablefn.benchmarks.cold.Launcher;
import io.portablefn.benchmarks.cold.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm calls of the greeting on Google's java-function-invoker 1.4.1, as Cloud Functions runs
 * it: both variants served by their own invoker process, called over loopback HTTP with one
 * keep-alive connection per invoker ({@link KeepAliveClient}), in alternating blocks so that both see the same machine load. Measures
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
        List<KeepAliveClient> clients = new ArrayList<>();
        try {
            for (Variant variant : variants) {
                Launcher.Invoker invoker = launcher.warmInvoker(variant, jvm);
                invokers.add(invoker);
                clients.add(new KeepAliveClient(invoker.port(), "/greet", "application/json", Fixture.BODY_BYTES));
            }
            for (KeepAliveClient client : clients) {
                block(client, WARMUP_REQUESTS);
            }
            Map<String, List<Double>> micros = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    int next = (i + round) % variants.size(); // rotate who goes first
                    double us = block(clients.get(next), requestsPerBlock);
                    micros.computeIfAbsent(variants.get(next).name(), n -> new ArrayList<>()).add(us);
                }
            }
            return micros;
        } finally {
            for (KeepAliveClient client : clients) {
                client.close();
            }
            for (Launcher.Invoker invoker : invokers) {
                invoker.close();
            }
        }
    }

    /** Sends {@code count} requests one after the other; returns microseconds per request. */
    private static double block(KeepAliveClient client, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int status = client.send();
            if (status != 200 || !client.body().contains("Hello, Ada")) {
                throw new IllegalStateException("The invoker answered " + status + ": " + client.body());
            }
        }
        return (System.nanoTime() - start) / 1e3 / count;
    }
}
