package io.portablefn.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory and thread count of a process, from Linux's /proc/{pid}/status. */
record ProcessStatus(long rssKib, int threads) {

    static ProcessStatus of(long pid) throws IOException {
        long rss = -1;
        int threads = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.substring(6).replace("kB", "").strip());
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring(8).strip());
            }
        }
        if (rss < 0 || threads < 0) {
            throw new IOException("/proc/" + pid + "/status has no VmRSS or Threads line");
        }
        return new ProcessStatus(rss, threads);
    }

    @Override
    public String toString() {
        return String.format("RSS %.1f MiB, %d threads", rssKib / 1024.0, threads);
    }
}
