package io.portablefn.conformance;

import java.util.Map;

/**
 * Where a target cannot keep the contract, and why: a cause outside portablefn's reach, each
 * documented in docs/mapping.md. A listed gap that starts passing fails the build, so the list
 * cannot go stale.
 */
final class KnownGaps {

    private static final String AZURE_ROUTER = "Azure's host routes by the trigger's route and methods before the"
            + " function runs, and answers what matches no function with its own empty 404";

    private static final String GROUPED_QUERY = "the event carries the query grouped by key, so the order of"
            + " interleaved repeated keys (a=1&b=2&a=3) is lost; each key keeps its values in order";
    private static final String ALB_SINGLE = "ALB without multi-value headers passes one value per name: the"
            + " last of a repeated query key or request header, one Set-Cookie; enable multi-value headers";

    private static final Map<String, Map<String, String>> GAPS = Map.of(
            "aws-rest-v1", Map.of("repeated-query-keys", "API Gateway REST APIs: " + GROUPED_QUERY),
            "aws-alb-multi-value", Map.of("repeated-query-keys", "ALB: " + GROUPED_QUERY),
            "aws-alb", Map.of(
                    "repeated-query-keys", ALB_SINGLE,
                    "repeated-headers", ALB_SINGLE,
                    "cookies-in-two-set-cookie-out", ALB_SINGLE),
            "azure", Map.of(
                    "cookies-in-two-set-cookie-out", "Azure's Java worker keeps response headers in a map with one"
                            + " value per name and the host drops case variants: one Set-Cookie and one line per"
                            + " header reach the client",
                    "binary-in-and-out", "Azure's host hands octet-stream bodies to the Java worker as bytes, which"
                            + " the worker decodes into a String: bytes that are not UTF-8 become U+FFFD",
                    "no-route", AZURE_ROUTER,
                    "method-not-allowed", AZURE_ROUTER));

    private KnownGaps() {
    }

    /** The cause, or null when the target must pass the case. */
    static String cause(String target, String caseName) {
        return GAPS.getOrDefault(target, Map.of()).get(caseName);
    }
}
