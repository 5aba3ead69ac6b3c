package io.portablefn.benchmarks.inputs;

import io.portablefn.benchmarks.Fixture;
import io.portablefn.testkit.gcp.InvokerRequest;

/**
 * The fixture as java-function-invoker hands it to a function once Jetty has read it: headers
 * already in their map, the body bytes already received. The request is only read, so one
 * instance serves every call.
 */
public final class GcpInputs {

    private GcpInputs() {
    }

    public static InvokerRequest request() {
        return request(Fixture.PATH);
    }

    /** The same request on another path (the POJO and Map variants). */
    public static InvokerRequest request(String path) {
        return new InvokerRequest("POST", path, null)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Content-Length", Integer.toString(Fixture.BODY_BYTES.length))
                .header("Host", "europe-west1-greet.cloudfunctions.net")
                .header("User-Agent", "bench-client/1.0")
                .header("Function-Execution-Id", "k2j4h6g8f0d1")
                .header("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(Fixture.BODY_BYTES);
    }
}
