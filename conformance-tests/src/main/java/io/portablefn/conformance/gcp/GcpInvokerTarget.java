package io.portablefn.conformance.gcp;

import io.portablefn.api.Provider;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.conformance.http.WireClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Google Cloud Functions on the real runtime: java-function-invoker 1.4.1 (Jetty 9.4) in its own
 * process on a loopback port, one process per function class, started on first use and kept
 * until {@link #close()}. Requests go over HTTP/1.1 through {@link WireClient}, which says
 * what the JDK's client changes in a request; left out of the response is
 * {@link #DROPPED_RESPONSE_HEADERS}, which Jetty adds and not the function. A body over Cloud
 * Run's limit is not sent: Google's front end would refuse it first ({@link GoogleFrontEnd}).
 */
public final class GcpInvokerTarget implements Target {

    /** Response headers Jetty adds on its own: date and server stamps, framing, keep-alive. */
    public static final Set<String> DROPPED_RESPONSE_HEADERS =
            Set.of("date", "server", "content-length", "transfer-encoding", "connection", "keep-alive");

    private final WireClient client = new WireClient("gcp-invoker", DROPPED_RESPONSE_HEADERS);
    private final Map<Class<?>, InvokerProcess> processes = new HashMap<>();
    private final List<String> jvmOptions;

    public GcpInvokerTarget() {
        this(List.of());
    }

    /** A target whose invoker JVMs get {@code jvmOptions} (such as a system property) too. */
    public GcpInvokerTarget(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    @Override
    public String name() {
        return "gcp-invoker";
    }

    @Override
    public Provider provider() {
        return Provider.GCP;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        GoogleFrontEnd.admit(request);
        return client.send(process(functionClass).base, request);
    }

    private synchronized InvokerProcess process(Class<?> functionClass) throws Exception {
        InvokerProcess process = processes.get(functionClass);
        if (process == null) {
            process = InvokerProcess.start(GeneratedClasses.name(functionClass, GeneratedClasses.GCP), client.httpClient(),
                    jvmOptions);
            processes.put(functionClass, process);
        }
        return process;
    }

    /** The log of the process serving {@code functionClass}, for diagnosing a failed case. */
    public synchronized String log(Class<?> functionClass) {
        InvokerProcess process = processes.get(functionClass);
        return process == null ? "" : process.log();
    }

    @Override
    public synchronized void close() {
        for (InvokerProcess process : processes.values()) {
            process.close();
        }
        processes.clear();
    }
}
