package io.portablefn.conformance.azure;

import io.portablefn.api.Provider;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.testkit.azure.WorkerRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.logging.Logger;

/**
 * Azure Functions, modelled in process: no Azure host or Java worker can run here. Each step
 * reproduces what the host (Azure/azure-functions-host) and the Java worker
 * (Azure/azure-functions-java-worker 2.17) do to an HTTP request and response, per
 * AZURE-NOTES.md; the steps live in {@link AppServiceFrontEnd}, {@link HostRequests}, {@link WorkerBinding},
 * {@link WorkerResult} and {@link HostResponses}, each testable alone.
 *
 * <p>The generated {@code Xxx_AzureFunction} is found by name; its {@code @FunctionName} method
 * and its {@code @HttpTrigger} (route, methods) are read as the host reads function.json.
 */
public final class AzureTarget implements Target {

    /** host.json's extensions.http.routePrefix when not configured. */
    static final String ROUTE_PREFIX = "api";

    /**
     * The host's request body limit, 100 MB (104,857,600 bytes; "Limits" in Microsoft's HTTP
     * trigger reference, the {@code FUNCTIONS_REQUEST_BODY_SIZE_LIMIT} setting's default). A larger
     * body fails the binding of the request before the worker is called, and the host answers 500
     * with no body, not Kestrel's 413 (Azure/azure-functions-host issue 10519, with Kestrel's
     * "Request body too large" in the host's log; issue 11525, 500 over 100 MB without reaching the
     * function).
     */
    static final int MAX_BODY_BYTES = 104_857_600;

    private static final Logger LOGGER = Logger.getLogger("portablefn.conformance.azure");

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public Provider provider() {
        return Provider.AZURE;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest clientRequest) throws Exception {
        if (clientRequest.bodyLength() > MAX_BODY_BYTES) {
            return HostResponses.failed();
        }
        // A deployed function app sits behind App Service's front end, which decodes the path.
        WireRequest request = AppServiceFrontEnd.forward(clientRequest, ROUTE_PREFIX);
        Class<?> generated = GeneratedClasses.load(functionClass, GeneratedClasses.AZURE);
        Method run = functionMethod(generated);
        String functionName = run.getAnnotation(FunctionName.class).value();
        HttpTrigger trigger = run.getParameters()[0].getAnnotation(HttpTrigger.class);

        // The host's router: a request its routes do not match never reaches the worker.
        if (!HostRequests.routes(ROUTE_PREFIX, trigger.route(), functionName, trigger.methods(), request)) {
            return HostResponses.notFound();
        }
        RpcHttp http = HostRequests.toRpcHttp(request, ROUTE_PREFIX);

        Object response;
        try {
            Object body = WorkerBinding.bind(http.body(), bodyType(run));
            // The worker's request message and context (a fresh invocation id per call).
            WorkerRequest<Object> message = new WorkerRequest<>(http.method(), http.url(), http.headers(), http.query(),
                    body);
            Object instance = generated.getDeclaredConstructor().newInstance();
            response = run.invoke(instance, message, HostActivity.context(functionName, LOGGER,
                    first(request, "traceparent"), first(request, "tracestate")));
        } catch (InvocationTargetException | ClassCastException failed) {
            // The worker reports a failed invocation (binding or function); the host answers 500.
            return HostResponses.failed();
        }
        return HostResponses.toWire(WorkerResult.toRpcHttp(response));
    }

    private static String first(WireRequest request, String header) {
        return request.headerValues(header).stream().findFirst().orElse(null);
    }

    static Method functionMethod(Class<?> generated) {
        for (Method method : generated.getMethods()) {
            if (method.isAnnotationPresent(FunctionName.class)) {
                return method;
            }
        }
        throw new IllegalStateException(generated.getName() + " has no public @FunctionName method;"
                + " is portablefn-azure on the annotation processor path?");
    }

    // T of the HttpRequestMessage<T> parameter: what the worker binds the body to.
    static Type bodyType(Method run) {
        Type parameter = run.getGenericParameterTypes()[0];
        if (parameter instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
