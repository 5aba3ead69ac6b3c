package io.portablefn.opentelemetry;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import io.portablefn.api.TraceContext;

/** The caller's W3C trace context as OpenTelemetry's remote parent span context. */
final class Parents {

    private Parents() {
    }

    /**
     * {@code caller} as a remote span context: same trace id, the caller's span as parent, its
     * sampled flag, and its {@code tracestate} entries (an entry that is not {@code key=value}
     * is left out, as the W3C spec lets a receiver do).
     */
    static SpanContext remote(TraceContext caller) {
        return SpanContext.createFromRemoteParent(caller.traceId(), caller.parentId(),
                caller.sampled() ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                caller.traceState().map(Parents::traceState).orElse(TraceState.getDefault()));
    }

    private static TraceState traceState(String header) {
        TraceStateBuilder builder = TraceState.builder();
        String[] members = header.split(",");
        // Entries are listed most recent first; the builder puts each new one first, so add in reverse.
        for (int i = members.length - 1; i >= 0; i--) {
            String member = members[i].strip();
            int equals = member.indexOf('=');
            if (equals > 0 && equals < member.length() - 1) {
                builder.put(member.substring(0, equals), member.substring(equals + 1));
            }
        }
        return builder.build();
    }
}
