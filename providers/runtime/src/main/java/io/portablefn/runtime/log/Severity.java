package io.portablefn.runtime.log;

/**
 * The levels a {@link io.portablefn.api.FunctionLogger} writes at, lowest first. Each sink maps
 * them to its cloud's own names (docs/observability.md, "Logs").
 */
public enum Severity {
    INFO,
    WARN,
    ERROR
}
