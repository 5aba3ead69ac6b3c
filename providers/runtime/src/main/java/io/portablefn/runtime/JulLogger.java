package io.portablefn.runtime;

import io.portablefn.api.FunctionLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link FunctionLogger} over java.util.logging, for tests and hand-made contexts. Providers log
 * through a {@link io.portablefn.runtime.log.LogSink} instead, whose records carry the invocation's
 * names (over java.util.logging: {@link io.portablefn.runtime.log.JulLog}).
 */
public final class JulLogger implements FunctionLogger {

    private final Logger logger;

    public JulLogger(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void info(String message) {
        logger.info(message);
    }

    @Override
    public void warn(String message) {
        logger.warning(message);
    }

    @Override
    public void error(String message) {
        logger.severe(message);
    }

    @Override
    public void error(String message, Throwable failure) {
        logger.log(Level.SEVERE, message, failure);
    }
}
