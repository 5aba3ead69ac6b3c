package test;

import io.portablefn.api.HttpMethod;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import java.util.EnumSet;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'hello'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class Hello_PortableFunction implements FunctionSource {
    public static final HttpFunction FUNCTION = HttpFunction.raw("hello", 60, "/hello/{name}", EnumSet.of(HttpMethod.GET, HttpMethod.HEAD), new Hello());

    @Override
    public HttpFunction function() {
        return FUNCTION;
    }
}
