package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.CLOUD_PROVIDER;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_COLDSTART;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_INVOCATION_ID;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_NAME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TRIGGER;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.portablefn.api.Context;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.InvocationObserver;
import io.portablefn.runtime.PortableFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Opens one span per invocation, as OpenTelemetry's FaaS semantic conventions describe the
 * incoming side (open-telemetry/semantic-conventions: docs/faas/faas-spans.md): named after the
 * function, SERVER (CONSUMER for queue and topic messages), with {@code faas.trigger}, {@code
 * faas.invocation_id}, {@code faas.coldstart}, {@code faas.name} and {@code cloud.provider}; a
 * child of the trace context the caller sent ({@link Context#traceContext()}); current while the
 * handler runs, so that spans the handler makes are its children; ended after the handler.
 *
 * <p>The runtime finds this class by its name ({@link InvocationObserver#MODULE_CLASS}) and makes
 * one; applications do not use it. {@link PortablefnTracing} chooses the OpenTelemetry instance.
 */
public final class InvocationSpans implements InvocationObserver {

    static final String INSTRUMENTATION_SCOPE = "io.portablefn";

    private final Supplier<OpenTelemetry> openTelemetry;
    // The first invocation this JVM serves is its cold start; the runtime makes one instance.
    private final AtomicBoolean cold = new AtomicBoolean(true);
    private volatile Tracers tracers;

    /** The runtime's: spans made with {@link PortablefnTracing#openTelemetry()}. */
    public InvocationSpans() {
        this(PortablefnTracing::openTelemetry);
    }

    InvocationSpans(Supplier<OpenTelemetry> openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    @Override
    public Invocation started(PortableFunction function, Object event, Context context) {
        Trigger trigger = Trigger.of(function);
        SpanBuilder builder = tracer().spanBuilder(context.functionName())
                .setSpanKind(trigger.kind)
                .setAttribute(FAAS_TRIGGER, trigger.value)
                .setAttribute(FAAS_INVOCATION_ID, context.invocationId())
                .setAttribute(FAAS_COLDSTART, cold.compareAndSet(true, false))
                .setAttribute(FAAS_NAME, context.functionName());
        String provider = cloudProvider(context.provider());
        if (provider != null) {
            builder.setAttribute(CLOUD_PROVIDER, provider);
        }
        trigger.describe(builder, function, event);
        boolean newTrace = parent(builder, context);
        Span span = builder.startSpan();
        if (newTrace) {
            // No caller: the function's own trace context (its logs, what it passes on) is this span's.
            SpanContext started = span.getSpanContext();
            if (started.isValid()) {
                ((InvocationContext) context).adoptTrace(TraceContext.of(started.getTraceId(), started.getSpanId(),
                        started.isSampled(), null));
            }
        }
        return new InvocationSpan(span, span.makeCurrent());
    }

    /**
     * Sets the span's parent; true when it starts a new trace. The caller's context is the remote
     * parent. Without one, the cloud's own context for the invocation is the parent only when the
     * application joins it ({@link PortablefnTracing#joinPlatformTrace}); else the span is a root,
     * linked to it, as OpenTelemetry's Lambda instrumentation links the runtime's X-Ray context
     * (opentelemetry-java-instrumentation, aws-lambda-core-1.0, AwsXrayEnvSpanLinksExtractor) and
     * as the FaaS conventions' default propagators ({@code tracecontext}, {@code xray}) ignore it.
     */
    private static boolean parent(SpanBuilder builder, Context context) {
        if (!(context instanceof InvocationContext invocation) || invocation.continuesCaller()) {
            builder.setParent(remoteParent(context.traceContext()));
            return false;
        }
        TraceContext platform = invocation.platformTrace().orElse(null);
        if (platform != null && PortablefnTracing.joinsPlatformTrace()) {
            builder.setParent(remoteParent(platform));
            return false;
        }
        builder.setNoParent();
        if (platform != null) {
            builder.addLink(Parents.remote(platform));
        }
        return true;
    }

    private static io.opentelemetry.context.Context remoteParent(TraceContext trace) {
        return io.opentelemetry.context.Context.root().with(Span.wrap(Parents.remote(trace)));
    }

    /** {@code cloud.provider}'s well-known value; none for the local server, which is no cloud. */
    static String cloudProvider(Provider provider) {
        return switch (provider) {
            case AWS -> "aws";
            case AZURE -> "azure";
            case GCP -> "gcp";
            case LOCAL -> null;
        };
    }

    // The tracer of the instance in use, looked up again only when the instance changes.
    private Tracer tracer() {
        OpenTelemetry current = openTelemetry.get();
        Tracers known = tracers;
        if (known == null || known.openTelemetry != current) {
            tracers = known = new Tracers(current, current.getTracer(INSTRUMENTATION_SCOPE));
        }
        return known.tracer;
    }

    private record Tracers(OpenTelemetry openTelemetry, Tracer tracer) {
    }
}
