package io.portablefn.benchmarks.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Every client's latencies and errors of one {@link LocalLoad} run, gathered; and whether the run counts. */
final class LoadResult {

    private final List<Client> clients = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();
    volatile String lastError;
    long elapsedNanos;

    synchronized void add(Client client) {
        clients.add(client);
        errors.addAndGet(client.errors);
        if (client.lastError != null) {
            lastError = client.lastError;
        }
    }

    synchronized long[] sortedLatencies() {
        int size = clients.stream().mapToInt(c -> c.size).sum();
        long[] all = new long[size];
        int at = 0;
        for (Client client : clients) {
            System.arraycopy(client.nanos, 0, all, at, client.size);
            at += client.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** Why this run does not measure what it claims; empty when it does. */
    synchronized List<String> failures(double maxErrorRate) {
        List<String> failures = new ArrayList<>();
        long answered = clients.stream().mapToLong(c -> c.size).sum();
        if (answered == 0) {
            failures.add("no request was answered");
        }
        double rate = answered + errors.get() == 0 ? 1 : (double) errors.get() / (answered + errors.get());
        if (rate > maxErrorRate) {
            failures.add(String.format("error rate %.4f%% is above the allowed %.4f%%", rate * 100, maxErrorRate * 100));
        }
        return failures;
    }

    /** One client's latencies (ns) and errors; touched by its own thread only until it is added. */
    static final class Client {
        private long[] nanos = new long[1024];
        private int size;
        long errors;
        String lastError;

        void add(long latency) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
        }
    }
}
