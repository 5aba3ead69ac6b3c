package io.portablefn.api;

/**
 * Writes to the provider's own log: CloudWatch Logs on AWS, the function's ILogger stream on
 * Azure, Cloud Logging on GCP, standard error locally. Thread-safe.
 */
public interface FunctionLogger {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** Logs the message and the stack trace; the trace never reaches an HTTP response. */
    void error(String message, Throwable failure);
}
