package test;

import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'place-order'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class PlaceOrder_PortableFunction implements FunctionSource {
    public static final EventFunction FUNCTION = EventFunction.messages("place-order", 60, EventFunction.Kind.QUEUE, new PlaceOrder());

    @Override
    public EventFunction function() {
        return FUNCTION;
    }
}
