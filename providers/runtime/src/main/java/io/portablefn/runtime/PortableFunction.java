package io.portablefn.runtime;

/**
 * A function as the processor describes it: an {@link HttpFunction} or an {@link EventFunction}.
 * Each kind holds the contract's rules for its trigger, so providers only decode and encode.
 */
public sealed interface PortableFunction permits HttpFunction, EventFunction {

    /** The {@code @Function} name. */
    String name();

    /** The declared timeout, in seconds. */
    int timeoutSeconds();
}
