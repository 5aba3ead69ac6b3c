package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FixedDelayRetry;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.portablefn.azure.AzureEventAdapter;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link Nightly}: function {@code nightly}.
 */
@Generated("io.portablefn.processor")
public final class Nightly_AzureFunction {
    private static final AzureEventAdapter ADAPTER = new AzureEventAdapter(Nightly_PortableFunction.FUNCTION);

    @FunctionName("nightly")
    @FixedDelayRetry(maxRetryCount = 2, delayInterval = "00:01:00")
    public void run(@TimerTrigger(name = "timer", schedule = "0 30 2 * * 1-5") String timer, ExecutionContext context) {
        ADAPTER.timer(timer, context);
    }
}
