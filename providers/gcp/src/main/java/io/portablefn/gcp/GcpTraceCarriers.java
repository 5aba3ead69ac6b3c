package io.portablefn.gcp;

import io.cloudevents.CloudEvent;
import io.portablefn.api.Headers;
import io.portablefn.api.TraceContext;

/**
 * Where a Google Cloud invocation's trace context comes from, in order (docs/observability.md
 * has the table). Each method runs only when the function first asks for its trace context
 * ({@code InvocationContext.continuing}).
 */
final class GcpTraceCarriers {

    /**
     * The attribute in which Google's Pub/Sub client libraries put the publisher's
     * {@code traceparent} when their OpenTelemetry tracing is on (googleapis/nodejs-pubsub,
     * src/telemetry-tracing.ts, {@code modernAttributeName}); a client-library convention, not a
     * service feature: Pub/Sub itself adds no trace context to a message.
     */
    static final String PUBSUB_TRACEPARENT = "googclient_traceparent";
    static final String PUBSUB_TRACESTATE = "googclient_tracestate";

    private GcpTraceCarriers() {
    }

    /**
     * An HTTP request's: the W3C {@code traceparent} (with {@code tracestate}), else Google's
     * {@code X-Cloud-Trace-Context}; Google's front end passes both to the function.
     */
    static TraceContext http(Headers headers) {
        TraceContext w3c = TraceContext.parse(headers.get("traceparent").orElse(null),
                headers.get("tracestate").orElse(null)).orElse(null);
        return w3c != null ? w3c : CloudTraceContext.parse(headers.get("x-cloud-trace-context").orElse(null));
    }

    /**
     * A CloudEvent's: for a Pub/Sub message, the publisher's context in its attributes; else the
     * event's {@code traceparent} and {@code tracestate} extension attributes (the CloudEvents
     * distributed-tracing extension, cloudevents/spec, extensions/distributed-tracing.md), which an
     * Eventarc producer may set.
     *
     * @param message the Pub/Sub message the event carries; null for other events
     */
    static TraceContext cloudEvent(CloudEvent event, GcpEvent.Published message) {
        if (message != null) {
            TraceContext publisher = TraceContext.parse(message.traceparent(), message.tracestate()).orElse(null);
            if (publisher != null) {
                return publisher;
            }
        }
        return TraceContext.parse(text(event.getExtension("traceparent")), text(event.getExtension("tracestate")))
                .orElse(null);
    }

    private static String text(Object extension) {
        return extension == null ? null : extension.toString();
    }
}
