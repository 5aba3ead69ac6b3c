package io.portablefn.benchmarks.inputs;

import io.portablefn.benchmarks.Fixture;
import io.portablefn.testkit.azure.WorkerContext;
import io.portablefn.testkit.azure.WorkerRequest;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The fixture as the Azure Functions Java worker hands it to an {@code @FunctionName} method:
 * the URL the host built, headers in a map, the body bound to a String; and the worker's context.
 */
public final class AzureInputs {

    /** The worker's context: an invocation id and a logger. */
    public static final WorkerContext CONTEXT = new WorkerContext("3f1c2d4e-5b6a-7c8d-9e0f-a1b2c3d4e5f6", "greet",
            Logger.getLogger("Host.Function.greet"));

    // Built once: the warm benchmark asks for a request per call.
    private static final Map<String, String> HEADERS = headers(Fixture.PATH);

    private AzureInputs() {
    }

    public static WorkerRequest<Optional<String>> request() {
        return request(Fixture.PATH);
    }

    /** The same request on another path (the POJO and Map variants). */
    public static WorkerRequest<Optional<String>> request(String path) {
        return new WorkerRequest<>("POST", "https://greet-app.azurewebsites.net/api" + path,
                path.equals(Fixture.PATH) ? HEADERS : headers(path), Map.of(),
                Optional.of(Fixture.BODY));
    }

    private static Map<String, String> headers(String path) {
        return Map.of(
                "accept", "application/json",
                "content-type", "application/json",
                "content-length", Integer.toString(Fixture.BODY_BYTES.length),
                "host", "greet-app.azurewebsites.net",
                "user-agent", "bench-client/1.0",
                // App Service's front end adds it to every request of a deployed app (docs/mapping.md §1).
                "x-waws-unencoded-url", "/api" + path);
    }
}
