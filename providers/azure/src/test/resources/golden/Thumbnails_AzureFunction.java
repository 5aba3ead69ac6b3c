package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link Thumbnails}: function {@code thumbnails}.
 */
@Generated("io.portablefn.processor")
public final class Thumbnails_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(Thumbnails_PortableFunction.FUNCTION);

    @FunctionName("thumbnails")
    public void run(@EventGridTrigger(name = "event") String event, ExecutionContext context) {
        ADAPTER.eventGrid(event, context);
    }
}
