package io.portablefn.runtime.log;

import io.portablefn.api.Context;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The local server's log: one human-readable record per call, on a stream (standard error by
 * default). A record's first line holds the time, level and {@link PlainText} names; the lines of
 * a multi-line message and of a stack trace follow, indented, so that a reader (or {@code grep
 * -A}) sees where each record ends.
 *
 * <pre>
 * 2026-12-06T22:51:03.123Z WARN  function=greet invocation=8c1e... trace=4bf9... Function 'greet' ran past its deadline
 * </pre>
 */
public final class ReadableLog implements LogSink {

    private static final String INDENT = "    ";

    private final PrintStream out;

    public ReadableLog(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(Severity severity, String message, Throwable failure, Context invocation) {
        String text = PlainText.of(message, failure, invocation);
        String record = UtcTime.format(System.currentTimeMillis()) + " " + pad(severity) + " " + text.replace("\n", "\n" + INDENT);
        // One println: records written from several threads never interleave.
        out.println(record);
    }

    private static String pad(Severity severity) {
        return severity == Severity.ERROR ? "ERROR" : severity + " ";
    }
}
