package io.portablefn.aws;

import io.portablefn.api.TraceContext;

/**
 * The X-Ray trace header ({@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1})
 * as a W3C trace context, and back. AWS carries it in the {@code X-Amzn-Trace-Id} request header,
 * the Lambda runtime's {@code Lambda-Runtime-Trace-Id} and an SQS message's {@code AWSTraceHeader}
 * system attribute. docs/observability.md states the rule; it is the one OpenTelemetry's X-Ray
 * propagator applies (open-telemetry/opentelemetry-java-contrib,
 * aws-xray-propagator/.../AwsXrayPropagator.java):
 * <ul>
 *   <li>the X-Ray trace id is {@code 1-<8 hex: epoch seconds>-<24 hex>}; the W3C trace id is the
 *       same 32 digits without version and dashes (an epoch with its leading zeros dropped is
 *       padded back);
 *   <li>{@code Parent} is the caller's 64-bit segment id, the W3C parent id as it is;
 *   <li>{@code Sampled=1} is the sampled flag; {@code 0} and {@code ?} (not decided yet) are not
 *       sampled;
 *   <li>other fields ({@code Self}, {@code Lineage}, baggage) are not trace context and are
 *       ignored; X-Ray has no {@code tracestate}.
 * </ul>
 * A header without {@code Root} or without {@code Parent} (what an ALB or API Gateway adds for a
 * caller that sent none) names no caller's span, so it gives no trace context. Stateless.
 */
final class XRayTraceHeader {

    private XRayTraceHeader() {
    }

    /** The trace context {@code header} holds; null when absent or not a complete, valid X-Ray header. */
    static TraceContext parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String root = null;
        String parent = null;
        Boolean sampled = false;
        for (String field : header.split(";")) {
            if (field.isBlank()) {
                continue; // a stray separator
            }
            int equals = field.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String key = field.substring(0, equals).strip();
            String value = field.substring(equals + 1).strip();
            switch (key) {
                case "Root" -> root = value;
                case "Parent" -> parent = value;
                case "Sampled" -> sampled = sampled(value);
                default -> {
                    // Self, Lineage and baggage: not part of the trace context.
                }
            }
        }
        String traceId = traceId(root);
        if (traceId == null || parent == null || sampled == null) {
            return null;
        }
        try {
            return TraceContext.of(traceId, parent, sampled, null);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    /** {@code trace} as an X-Ray header: what to send as {@code AWSTraceHeader} or {@code X-Amzn-Trace-Id}. */
    static String format(TraceContext trace) {
        String id = trace.traceId();
        return "Root=1-" + id.substring(0, 8) + "-" + id.substring(8) + ";Parent=" + trace.parentId()
                + ";Sampled=" + (trace.sampled() ? "1" : "0");
    }

    /** {@code 1-<epoch, up to 8 hex>-<24 hex>} as 32 hex digits; null if it is not one. */
    private static String traceId(String root) {
        if (root == null || !root.startsWith("1-")) {
            return null;
        }
        int dash = root.indexOf('-', 2);
        if (dash < 3 || dash > 10 || root.length() - dash - 1 != 24) {
            return null;
        }
        String epoch = root.substring(2, dash);
        return "0".repeat(8 - epoch.length()) + epoch + root.substring(dash + 1);
    }

    private static Boolean sampled(String value) {
        return switch (value) {
            case "1" -> true;
            case "0", "?" -> false;
            default -> null;
        };
    }
}
