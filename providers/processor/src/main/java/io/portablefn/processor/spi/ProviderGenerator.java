package io.portablefn.processor.spi;

/**
 * A provider's code generator. The processor finds generators with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.portablefn.processor.spi.ProviderGenerator} on the
 * annotation processor path: none means only the function index is written (a note says so);
 * two with the same {@link #provider()} is a compile error naming both.
 *
 * <p>A generator writes thin classes that delegate at once to its provider module's hand-written
 * adapter; it holds no contract logic of its own. It may throw: the processor reports the
 * failure on the function's element instead of letting it reach javac.
 */
public interface ProviderGenerator {

    /** The provider's short name, such as {@code aws}; unique on the processor path. */
    String provider();

    /** Writes the entry point(s) of one function. */
    void generate(FunctionModel function, GeneratedFiles out) throws Exception;
}
