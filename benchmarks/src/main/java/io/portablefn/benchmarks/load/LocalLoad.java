package io.portablefn.benchmarks.load;

import io.portablefn.benchmarks.KeepAliveClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Load on the local server (docs/performance.md, "Local server under load"): many keep-alive
 * clients posting the greeting for a fixed time, over loopback, to a server in its own JVM.
 * Reports errors, throughput, p50/p99 latency, the server's RSS and thread count before, right
 * after and some time after, and the p50 of one keep-alive connection alone. Exits 1 when what
 * it claims to measure did not happen: no successful request, more errors than allowed, or a
 * server that no longer answers afterwards.
 *
 * <pre>java -cp ... io.portablefn.benchmarks.load.LocalLoad [--seconds 60] [--clients 200]
 *     [--max-error-rate 0.001] [--single-requests 5000] [--settle-seconds 35] [--server-heap 256m]</pre>
 */
public final class LocalLoad {

    static final String EXPECTED = "{\"greeting\":\"Hello, Ada\"}";
    private static final byte[] GREETING = "{\"name\":\"Ada\"}".getBytes(StandardCharsets.US_ASCII);

    private LocalLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Process server = startServer(options.serverHeap);
        try {
            int port = port(server);
            long pid = server.pid();
            warmUp(port);
            long[] single = single(port, options.singleRequests);
            ProcessStatus before = ProcessStatus.of(pid);
            LoadResult load = load(port, options);
            ProcessStatus after = ProcessStatus.of(pid);
            awaitSettle(options.settleSeconds);
            ProcessStatus settled = ProcessStatus.of(pid);
            boolean stillAnswers = answers(port);
            System.out.println(report(options, single, load, before, after, settled, stillAnswers));
            List<String> failures = load.failures(options.maxErrorRate);
            if (!stillAnswers) {
                failures.add("the server no longer answers after the load");
            }
            if (!failures.isEmpty()) {
                System.err.println("LocalLoad FAILED: " + String.join("; ", failures));
                System.exit(1);
            }
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process startServer(String heap) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!heap.isEmpty()) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadServer.class.getName()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int port(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            throw new IOException("the load server did not print its port, but: " + line);
        }
        return Integer.parseInt(line.substring(5).strip());
    }

    private static void warmUp(int port) throws IOException {
        try (KeepAliveClient client = new KeepAliveClient(port, "/greet", "application/json", GREETING)) {
            for (int i = 0; i < 20_000; i++) {
                greet(client);
            }
        }
    }

    /** Latencies (ns) of {@code count} greetings one after another on one keep-alive connection. */
    private static long[] single(int port, int count) throws IOException {
        long[] nanos = new long[count];
        try (KeepAliveClient client = new KeepAliveClient(port, "/greet", "application/json", GREETING)) {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                greet(client);
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static LoadResult load(int port, Options options) throws InterruptedException {
        LoadResult result = new LoadResult();
        CountDownLatch ready = new CountDownLatch(options.clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int i = 0; i < options.clients; i++) {
            Thread thread = new Thread(() -> result.add(runClient(port, ready, go, deadline)), "load-client-" + i);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        deadline[0] = start + TimeUnit.SECONDS.toNanos(options.seconds);
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        result.elapsedNanos = System.nanoTime() - start;
        return result;
    }

    private static LoadResult.Client runClient(int port, CountDownLatch ready, CountDownLatch go, long[] deadline) {
        LoadResult.Client mine = new LoadResult.Client();
        KeepAliveClient client = null;
        try {
            client = new KeepAliveClient(port, "/greet", "application/json", GREETING);
        } catch (IOException cannotConnect) {
            mine.errors++;
            mine.lastError = cannotConnect.toString();
        }
        ready.countDown();
        try {
            go.await();
        } catch (InterruptedException interrupted) {
            return mine;
        }
        while (System.nanoTime() < deadline[0]) {
            try {
                if (client == null) {
                    client = new KeepAliveClient(port, "/greet", "application/json", GREETING);
                }
                long start = System.nanoTime();
                greet(client);
                mine.add(System.nanoTime() - start);
            } catch (IOException failed) {
                mine.errors++;
                mine.lastError = failed.toString();
                closeQuietly(client);
                client = null;
            }
        }
        closeQuietly(client);
        return mine;
    }

    private static void awaitSettle(int seconds) throws InterruptedException {
        // Idle connection threads end 30 s after their connection closes (docs/local-server.md).
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    }

    private static boolean answers(int port) {
        try (KeepAliveClient client = new KeepAliveClient(port, "/greet", "application/json", GREETING)) {
            greet(client);
            return true;
        } catch (IOException failed) {
            System.err.println("after the load: " + failed);
            return false;
        }
    }

    /** Sends one greeting and reads its answer; throws if it is not the expected 200. */
    private static void greet(KeepAliveClient client) throws IOException {
        int status = client.send();
        if (status != 200 || !EXPECTED.equals(client.body())) {
            throw new IOException("unexpected answer: " + status + " " + client.body());
        }
    }

    private static void closeQuietly(KeepAliveClient client) {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // going anyway
            }
        }
    }

    private static String report(Options options, long[] single, LoadResult load, ProcessStatus before, ProcessStatus after,
            ProcessStatus settled, boolean stillAnswers) {
        long[] all = load.sortedLatencies();
        long total = all.length + load.errors.get();
        return String.join("\n",
                "#### Local server under load (" + options.clients + " keep-alive clients, " + options.seconds + " s, loopback"
                        + (options.serverHeap.isEmpty() ? "" : ", server -Xmx" + options.serverHeap) + ")",
                "",
                "| measure | value |",
                "|---|---|",
                "| requests answered 200 | " + all.length + " |",
                "| errors | " + load.errors.get() + " (" + String.format("%.4f%%", total == 0 ? 0 : 100.0 * load.errors.get() / total)
                        + ")" + (load.lastError == null ? "" : ", last: " + load.lastError) + " |",
                "| throughput | " + String.format("%.0f requests/s", all.length / (load.elapsedNanos / 1e9)) + " |",
                "| latency p50 / p99 / max | " + ms(percentile(all, 50)) + " / " + ms(percentile(all, 99)) + " / "
                        + ms(all.length == 0 ? 0 : all[all.length - 1]) + " |",
                "| server before the load | " + before + " |",
                "| server right after | " + after + " |",
                "| server " + options.settleSeconds + " s later | " + settled + " |",
                "| server answers afterwards | " + (stillAnswers ? "yes" : "NO") + " |",
                "| one keep-alive connection alone, p50 / p99 (" + single.length + " greetings) | " + ms(percentile(single, 50))
                        + " / " + ms(percentile(single, 99)) + (percentile(single, 50) < 2_000_000 ? " (target p50 < 2 ms: met)"
                        : " (target p50 < 2 ms: MISSED)") + " |");
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
