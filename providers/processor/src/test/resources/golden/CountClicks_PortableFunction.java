package test;

import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'count-clicks'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class CountClicks_PortableFunction implements FunctionSource {
    public static final EventFunction FUNCTION = EventFunction.typedStreams("count-clicks", 60, new CountClicks(), new BodyType<CountClicks.Click>() {
    });

    @Override
    public EventFunction function() {
        return FUNCTION;
    }
}
