package test;

import com.google.cloud.functions.CloudEventsFunction;
import io.cloudevents.CloudEvent;
import io.portablefn.gcp.GcpEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Google Cloud Functions entry point of {@link Orders}; deploy with entry point {@code test.Orders_GcpFunction}.
 */
@Generated("io.portablefn.processor")
public final class Orders_GcpFunction implements CloudEventsFunction {
    private static final GcpEventAdapter ADAPTER = new GcpEventAdapter(Orders_PortableFunction.FUNCTION);

    @Override
    public void accept(CloudEvent event) throws Exception {
        ADAPTER.accept(event);
    }
}
