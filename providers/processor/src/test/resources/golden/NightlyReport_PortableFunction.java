package test;

import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'nightly-report'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class NightlyReport_PortableFunction implements FunctionSource {
    public static final EventFunction FUNCTION = EventFunction.schedule("nightly-report", 300, "30 2 * * *", new NightlyReport());

    @Override
    public EventFunction function() {
        return FUNCTION;
    }
}
