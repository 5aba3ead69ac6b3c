package test;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.portablefn.azure.AzureHttpAdapter;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Azure Functions entry point of {@link Hello}: function {@code hello}.
 */
@Generated("io.portablefn.processor")
public final class Hello_AzureFunction {
    private static final AzureHttpAdapter ADAPTER = new AzureHttpAdapter(Hello_PortableFunction.FUNCTION);

    @FunctionName("hello")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = {HttpMethod.GET, HttpMethod.HEAD}, route = "hello/{name}", authLevel = AuthorizationLevel.FUNCTION)
            HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return ADAPTER.handle(request, context);
    }
}
