package io.portablefn.benchmarks.load;

/** The command line of {@link LocalLoad}, each option with a default. */
final class Options {

    int seconds = 60;
    int clients = 200;
    double maxErrorRate = 0.001;
    int singleRequests = 5_000;
    int settleSeconds = 35;
    /** The server JVM's -Xmx, e.g. 256m; empty for the JVM's default (a quarter of the memory). */
    String serverHeap = "";

    static Options parse(String[] args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value. " + usage());
            }
            String value = args[++i];
            switch (name) {
                case "--seconds" -> options.seconds = positive(name, value);
                case "--clients" -> options.clients = positive(name, value);
                case "--single-requests" -> options.singleRequests = positive(name, value);
                case "--settle-seconds" -> options.settleSeconds = Integer.parseInt(value);
                case "--max-error-rate" -> options.maxErrorRate = Double.parseDouble(value);
                case "--server-heap" -> options.serverHeap = heap(value);
                default -> throw new IllegalArgumentException("Unknown option " + name + ". " + usage());
            }
        }
        return options;
    }

    private static int positive(String name, String value) {
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, got " + value);
        }
        return parsed;
    }

    private static String heap(String value) {
        if (!value.matches("[0-9]+[kmgKMG]?")) {
            throw new IllegalArgumentException("--server-heap is a size such as 256m or 1g, got " + value);
        }
        return value;
    }

    private static String usage() {
        return "Options: --seconds N (60), --clients N (200), --max-error-rate R (0.001), --single-requests N (5000),"
                + " --settle-seconds N (35), --server-heap SIZE (the JVM's default)";
    }
}
