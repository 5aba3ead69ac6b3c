package test;

import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import java.util.EnumSet;
import javax.annotation.processing.Generated;

/**
 * The definition of function 'thumbnails'; every provider's entry point delegates to it.
 */
@Generated("io.portablefn.processor")
public final class Thumbnails_PortableFunction implements FunctionSource {
    public static final EventFunction FUNCTION = EventFunction.storage("thumbnails", 60, EnumSet.of(StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED), new Thumbnails());

    @Override
    public EventFunction function() {
        return FUNCTION;
    }
}
