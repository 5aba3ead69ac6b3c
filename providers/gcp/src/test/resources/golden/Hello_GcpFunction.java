package test;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.portablefn.gcp.GcpHttpAdapter;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Google Cloud Functions entry point of {@link Hello}; deploy with entry point {@code test.Hello_GcpFunction}.
 */
@Generated("io.portablefn.processor")
public final class Hello_GcpFunction implements HttpFunction {
    private static final GcpHttpAdapter ADAPTER = new GcpHttpAdapter(Hello_PortableFunction.FUNCTION);

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        ADAPTER.handle(request, response);
    }
}
