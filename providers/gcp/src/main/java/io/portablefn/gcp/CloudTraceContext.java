package io.portablefn.gcp;

import io.portablefn.api.TraceContext;
import java.util.Locale;

/**
 * Google's own trace header, {@code X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=OPTIONS}, as a W3C
 * trace context: {@code TRACE_ID} is the 32 hex digits of the W3C trace id, {@code SPAN_ID} the
 * caller's span id in decimal (an unsigned 64-bit number), written as the 16 hex digits of the
 * W3C parent id, and {@code o=1} the sampled flag (absent or {@code o=0}: not sampled). Google
 * Cloud documents the format ("Trace context", cloud.google.com/trace/docs/trace-context), and
 * OpenTelemetry's Google propagator converts it the same way
 * (GoogleCloudPlatform/opentelemetry-operations-java, propagators/gcp,
 * XCloudTraceContextPropagator). A header without a span id, or with one of 0, names no caller's
 * span and gives none. Stateless.
 */
final class CloudTraceContext {

    private CloudTraceContext() {
    }

    /** The trace context {@code header} holds; null when absent or malformed. */
    static TraceContext parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        int slash = value.indexOf('/');
        if (slash != 32) {
            return null;
        }
        int semicolon = value.indexOf(';', slash);
        String spanDecimal = semicolon < 0 ? value.substring(slash + 1) : value.substring(slash + 1, semicolon);
        String options = semicolon < 0 ? "" : value.substring(semicolon + 1).strip();
        long spanId;
        try {
            spanId = Long.parseUnsignedLong(spanDecimal);
        } catch (NumberFormatException notDecimal) {
            return null;
        }
        String hex = Long.toHexString(spanId);
        try {
            return TraceContext.of(value.substring(0, 32).toLowerCase(Locale.ROOT), "0".repeat(16 - hex.length()) + hex,
                    options.equals("o=1"), null);
        } catch (IllegalArgumentException notValid) {
            return null;
        }
    }

    /** {@code trace} as this header, for a caller that needs Google's own form. */
    static String format(TraceContext trace) {
        return trace.traceId() + "/" + Long.toUnsignedString(Long.parseUnsignedLong(trace.parentId(), 16))
                + ";o=" + (trace.sampled() ? "1" : "0");
    }
}
