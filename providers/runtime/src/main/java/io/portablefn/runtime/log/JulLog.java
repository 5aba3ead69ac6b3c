package io.portablefn.runtime.log;

import io.portablefn.api.Context;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records through a java.util.logging logger: on Azure the worker's
 * {@code ExecutionContext.getLogger()}, whose handler sends each record to the host as one
 * {@code RpcLog} with the invocation id, the level, and the throwable's stack trace in its
 * {@code exception} (Azure/azure-functions-java-worker, {@code handler/RpcLogHandler.java},
 * {@code WorkerLogManager.java}); elsewhere, where a provider runs without its cloud (tests).
 * The message is {@link PlainText}; the failure rides on the record, never in the text, so each
 * handler places the stack trace where its log expects it.
 */
public final class JulLog implements LogSink {

    private final Logger logger;

    public JulLog(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public void write(Severity severity, String message, Throwable failure, Context invocation) {
        Level level = level(severity);
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, PlainText.of(message, null, invocation));
        record.setThrown(failure);
        record.setLoggerName(logger.getName());
        logger.log(record);
    }

    static Level level(Severity severity) {
        return switch (severity) {
            case INFO -> Level.INFO;
            case WARN -> Level.WARNING;
            case ERROR -> Level.SEVERE;
        };
    }
}
