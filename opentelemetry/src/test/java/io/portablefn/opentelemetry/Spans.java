package io.portablefn.opentelemetry;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.InvocationContext;
import java.time.Instant;
import java.util.List;

/** An SDK whose spans land in memory, the observer made with it, and contexts to invoke with. */
final class Spans {

    final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build();
    final InvocationSpans observer = new InvocationSpans(() -> sdk);

    List<SpanData> finished() {
        return exporter.getFinishedSpanItems();
    }

    SpanData only() {
        List<SpanData> spans = finished();
        if (spans.size() != 1) {
            throw new AssertionError("expected one span, got " + spans);
        }
        return spans.get(0);
    }

    static InvocationContext context(Provider provider, String invocationId, TraceContext caller) {
        return new InvocationContext(provider, invocationId, "greet", Instant.now().plusSeconds(30), QUIET)
                .continuing(caller);
    }

    static final FunctionLogger QUIET = new FunctionLogger() {
        @Override public void info(String message) { }
        @Override public void warn(String message) { }
        @Override public void error(String message) { }
        @Override public void error(String message, Throwable failure) { }
    };
}
