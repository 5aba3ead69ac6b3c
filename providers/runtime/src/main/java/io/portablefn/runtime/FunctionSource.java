package io.portablefn.runtime;

/**
 * What the processor generates for each function: the function's definition. The processor
 * also lists every generated source in {@code META-INF/services/io.portablefn.runtime.FunctionSource}
 * (the project's function index), so the local server finds all functions without scanning.
 */
public interface FunctionSource {

    /** The definition: an {@link HttpFunction} or an {@link EventFunction}. */
    PortableFunction function();
}
