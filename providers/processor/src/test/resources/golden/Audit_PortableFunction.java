package test;

import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'audit'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class Audit_PortableFunction implements FunctionSource {
    public static final EventFunction FUNCTION = EventFunction.typedMessages("audit", 20, EventFunction.Kind.TOPIC, new Audit(), new BodyType<List<Audit.Order>>() {
    });

    @Override
    public EventFunction function() {
        return FUNCTION;
    }
}
