package io.portablefn.runtime.log;

import io.portablefn.api.Context;

/**
 * Where one provider's log records go, in that cloud's own format: Lambda's text or JSON log
 * format, Cloud Logging's structured JSON, the Azure worker's logger, readable lines locally.
 * Each call is one record: a message with newlines, or a failure with its stack trace, is never
 * split into several. Implementations are thread-safe and never throw.
 */
@FunctionalInterface
public interface LogSink {

    /**
     * Writes one record.
     *
     * @param failure the throwable whose stack trace belongs to the record, or null
     * @param invocation the invocation the record belongs to: its function name, invocation id
     *     and trace context go into the record
     */
    void write(Severity severity, String message, Throwable failure, Context invocation);
}
