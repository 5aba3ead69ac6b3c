package io.portablefn.aws;

import io.portablefn.api.Headers;
import io.portablefn.api.TraceContext;

/**
 * Where an AWS invocation's trace context comes from, in order (docs/observability.md has the
 * table and the reasons). Each method runs only when the function first asks for its trace
 * context ({@code InvocationContext.continuing}), so an invocation that never asks reads no
 * header.
 */
final class AwsTraceCarriers {

    /** The system property the runtime interface client sets per invocation (aws-lambda-java-libs, AWSLambda.java). */
    static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** The variable custom runtimes set from {@code Lambda-Runtime-Trace-Id}, as AWS's custom-runtime guide asks. */
    static final String TRACE_HEADER_ENV = "_X_AMZN_TRACE_ID";

    private AwsTraceCarriers() {
    }

    /**
     * An HTTP request's caller's context: the W3C {@code traceparent} (every AWS front door passes
     * request headers through), else the {@code X-Amzn-Trace-Id} header when it names a parent. The
     * W3C header comes first because it is the caller's own and carries {@code tracestate}, as
     * OpenTelemetry's default propagators order them (tracecontext, then xray:
     * open-telemetry/semantic-conventions, docs/faas/aws-lambda.md). Without either, the
     * invocation's platform context ({@link #invocation}) applies.
     */
    static TraceContext http(Headers headers) {
        TraceContext w3c = TraceContext.parse(headers.get("traceparent").orElse(null),
                headers.get("tracestate").orElse(null)).orElse(null);
        return w3c != null ? w3c : XRayTraceHeader.parse(headers.get("x-amzn-trace-id").orElse(null));
    }

    /**
     * The Lambda runtime's trace header for this invocation ({@code Lambda-Runtime-Trace-Id}), the
     * platform's own context: from the Lambda context where the runtime client gives it there
     * (aws-lambda-java-core 1.4 {@code Context.getXrayTraceId()}, which stays right when one runtime
     * serves invocations concurrently), else the system property the runtime client sets before
     * each call, else the environment variable. Lambda sends it on every invocation, with
     * {@code Sampled=0} whenever X-Ray active tracing is off (open-telemetry/opentelemetry-java-instrumentation
     * issue 2131, aws-observability/aws-otel-lambda issue 14), so it is the platform's trace, not a
     * caller's ({@code InvocationContext.inPlatformTrace}). The only trace of SNS, S3 and scheduled
     * events, whose records carry none.
     */
    static TraceContext invocation(com.amazonaws.services.lambda.runtime.Context lambda) {
        String header = lambda == null ? null : lambda.getXrayTraceId();
        if (header == null || header.isEmpty()) {
            header = System.getProperty(TRACE_HEADER_PROPERTY);
        }
        if (header == null || header.isEmpty()) {
            header = System.getenv(TRACE_HEADER_ENV);
        }
        return XRayTraceHeader.parse(header);
    }

    /**
     * An SQS message's caller's context: its {@code AWSTraceHeader} system attribute (what the
     * sender's SDK instrumentation sets, per message); without it, the invocation's platform
     * context applies, as for the whole batch.
     */
    static TraceContext message(String awsTraceHeader) {
        return XRayTraceHeader.parse(awsTraceHeader);
    }
}
