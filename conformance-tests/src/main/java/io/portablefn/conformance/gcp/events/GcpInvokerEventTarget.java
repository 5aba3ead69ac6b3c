package io.portablefn.conformance.gcp.events;

import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.EventTarget;
import io.portablefn.conformance.events.SeenLog;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.gcp.GcpInvokerTarget;
import io.portablefn.runtime.EventFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Google Cloud Functions (2nd gen) delivering events to the real runtime: each CloudEvent
 * {@link GcpEventTarget} builds is posted as Eventarc posts it, in binary content mode ({@code
 * ce-*} headers, JSON body), to java-function-invoker 1.4.1 running the generated class in its
 * own process on a loopback port (started by {@link GcpInvokerTarget}, one process per function
 * class). A 2xx answer acknowledges the event; any other status has it delivered again, as
 * Pub/Sub and Eventarc do. The invoker answers a failure with a bare 500 and logs the exception;
 * {@link Delivery#errors()} holds the status and that logged exception (class, message, frames).
 * The function runs in the invoker's JVM, so what it saw comes back through a {@link SeenLog}:
 * the invoker is started with the log's system property, and after each call the lines the
 * function wrote are relayed into the suite's watch.
 */
public final class GcpInvokerEventTarget implements EventTarget {

    private static final String FAILED = "Failed to execute ";
    private static final long LOG_WAIT_MILLIS = 5_000;

    private final SeenLog seen;
    private final GcpInvokerTarget invoker;

    public GcpInvokerEventTarget() {
        try {
            seen = new SeenLog();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file the invoker's functions record what they saw in", e);
        }
        invoker = new GcpInvokerTarget(List.of(seen.jvmArgument()));
    }

    @Override
    public String name() {
        return "gcp-invoker";
    }

    @Override
    public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
        EventFunction function = GcpNativeEvents.definition(functionClass);
        Set<String> redelivered = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (NativeCloudEvent invocation : GcpNativeEvents.events(function, event)) {
            int logged = invoker.log(functionClass).length();
            WireResponse response;
            try {
                response = invoker.send(functionClass, invocation.toBinaryRequest());
            } finally {
                seen.relayNew(); // even after a failure, so that no line is left for the next case
            }
            if (response.status() / 100 != 2) {
                redelivered.addAll(invocation.wireIds());
                String body = response.bodyAsString();
                errors.add("HTTP " + response.status() + (body.isEmpty() ? "" : " " + body)
                        + loggedFailure(functionClass, logged));
            }
        }
        return new Delivery(redelivered, errors);
    }

    /**
     * The exception the invoker logged for the failed call, as printed after its "Failed to
     * execute" line; the log is written before the answer is sent, so it is normally there at once.
     */
    private String loggedFailure(Class<?> functionClass, int from) throws InterruptedException {
        long deadline = System.currentTimeMillis() + LOG_WAIT_MILLIS;
        while (true) {
            String log = invoker.log(functionClass);
            int failed = log.indexOf(FAILED, Math.min(from, log.length()));
            if (failed >= 0) {
                StringBuilder exception = new StringBuilder();
                String[] lines = log.substring(failed).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    boolean continuation = lines[i].startsWith("\t") || lines[i].startsWith("Caused by: ");
                    if (i > 1 && !continuation) {
                        break;
                    }
                    exception.append('\n').append(lines[i].stripTrailing());
                }
                return exception.toString();
            }
            if (System.currentTimeMillis() > deadline) {
                return "\n(no failure logged by the invoker)";
            }
            Thread.sleep(20);
        }
    }

    /** The invoker's log for {@code functionClass}, for diagnosing a failed case. */
    public String log(Class<?> functionClass) {
        return invoker.log(functionClass);
    }

    @Override
    public void close() {
        invoker.close();
        seen.close();
    }

    @Override
    public String toString() {
        return name();
    }
}
