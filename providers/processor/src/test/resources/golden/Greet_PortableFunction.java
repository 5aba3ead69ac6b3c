package test;

import io.portablefn.api.HttpMethod;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import java.util.EnumSet;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'greet'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class Greet_PortableFunction implements FunctionSource {
    public static final HttpFunction FUNCTION = HttpFunction.typed("greet", 30, "/greet", EnumSet.of(HttpMethod.POST), new Greet(), new BodyType<List<Greet.Name>>() {
    });

    @Override
    public HttpFunction function() {
        return FUNCTION;
    }
}
