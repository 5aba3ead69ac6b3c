package io.portablefn.gcp;

import io.portablefn.api.Context;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.log.JsonLine;
import io.portablefn.runtime.log.LogSink;
import io.portablefn.runtime.log.PlainText;
import io.portablefn.runtime.log.Severity;
import io.portablefn.runtime.log.UtcTime;
import java.io.PrintStream;
import java.util.Map;

/**
 * Log records as Cloud Logging's structured logging reads them: one JSON object per line on
 * standard output, which Cloud Run (and so Cloud Functions 2nd gen) turns into a log entry
 * (https://cloud.google.com/logging/docs/structured-logging). Fields:
 * <ul>
 *   <li>{@code severity}: {@code INFO}, {@code WARNING} or {@code ERROR} (LogSeverity names, as
 *       the Functions Framework's own {@code invoker/core/.../gcf/JsonLogHandler.java} writes);
 *   <li>{@code message}, and {@code time} (RFC 3339, UTC, milliseconds);
 *   <li>{@code logging.googleapis.com/labels}: {@code functionName}, {@code invocationId},
 *       {@code traceId} (the W3C trace id), as strings;
 *   <li>{@code logging.googleapis.com/trace} ({@code projects/<project>/traces/<traceId>}),
 *       {@code logging.googleapis.com/spanId} (the caller's span) and
 *       {@code logging.googleapis.com/trace_sampled}, when the project is known: the
 *       {@code GOOGLE_CLOUD_PROJECT} variable, or {@code GCP_PROJECT} / {@code GCLOUD_PROJECT},
 *       which older runtimes set (2nd gen sets none; deploy with
 *       {@code --update-env-vars=GOOGLE_CLOUD_PROJECT=<id>});
 *   <li>{@code stack_trace}: a failure's whole stack trace, the field Error Reporting reads
 *       first (https://cloud.google.com/error-reporting/docs/formatting-error-messages).
 * </ul>
 * A record is one {@code print} of one line, so records of concurrent invocations never mix.
 */
final class CloudLogging implements LogSink {

    /** Standard output as it is when each record is written; the project from the environment. */
    static final CloudLogging STDOUT = new CloudLogging(null, project(System.getenv()));

    private final PrintStream out;
    private final String project;

    /**
     * @param out where the lines go; null for {@code System.out} at the time of each record
     * @param project the Google Cloud project id, or null when not known
     */
    CloudLogging(PrintStream out, String project) {
        this.out = out;
        this.project = project;
    }

    @Override
    public void write(Severity severity, String message, Throwable failure, Context invocation) {
        TraceContext trace = invocation.traceContext();
        JsonLine json = new JsonLine()
                .field("severity", severity(severity))
                .field("message", message)
                .field("time", UtcTime.format(System.currentTimeMillis()));
        if (project != null) {
            json.field("logging.googleapis.com/trace", "projects/" + project + "/traces/" + trace.traceId())
                    .field("logging.googleapis.com/spanId", trace.parentId())
                    .field("logging.googleapis.com/trace_sampled", trace.sampled());
        }
        json.startObject("logging.googleapis.com/labels")
                .field("functionName", invocation.functionName())
                .field("invocationId", invocation.invocationId())
                .field("traceId", trace.traceId())
                .endObject();
        if (failure != null) {
            json.field("stack_trace", PlainText.stackTrace(failure));
        }
        (out != null ? out : System.out).print(json.line());
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "INFO";
            case WARN -> "WARNING";
            case ERROR -> "ERROR";
        };
    }

    /** The project id the environment names, or null. */
    static String project(Map<String, String> env) {
        for (String name : new String[] {"GOOGLE_CLOUD_PROJECT", "GCP_PROJECT", "GCLOUD_PROJECT"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
