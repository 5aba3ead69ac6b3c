package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Google's trace header as W3C trace context, and which carrier a Google Cloud invocation continues. */
class GcpTraceTest {

    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    /** The same context in Google's form: the span id in decimal. */
    private static final String CLOUD = "4bf92f3577b34da6a3ce929d0e0e4736/67667974448284343;o=1";

    private final GcpHttpAdapter http = new GcpHttpAdapter(HttpFunction.raw("trace", 30, "/trace",
            EnumSet.allOf(HttpMethod.class), (request, context) -> HttpResponse.ok().text(context.traceContext().toString())),
            null);

    private String overHttp(String... headers) throws Exception {
        InvokerRequest request = new InvokerRequest("GET", "/trace", null);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        InvokerResponse response = new InvokerResponse();
        http.handle(request, response);
        return response.bodyAsString();
    }

    @Test
    void cloudTraceContextIsTheW3cContextWithADecimalSpanId() {
        TraceContext trace = CloudTraceContext.parse(CLOUD);
        assertEquals(CALLER, trace.traceparent());
        assertEquals(CLOUD, CloudTraceContext.format(trace));
        // The largest span id, unsigned; no options means not sampled.
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-ffffffffffffffff-00",
                CloudTraceContext.parse("4bf92f3577b34da6a3ce929d0e0e4736/18446744073709551615").traceparent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4bf92f3577b34da6a3ce929d0e0e4736", "4bf92f3577b34da6a3ce929d0e0e4736/",
        "4bf92f3577b34da6a3ce929d0e0e4736/0;o=1", "4bf92f3577b34da6a3ce929d0e0e4736/-5;o=1",
        "4bf92f3577b34da6a3ce929d0e0e473/12;o=1", "4bf92f3577b34da6a3ce929d0e0e4736/18446744073709551616",
        "00000000000000000000000000000000/12;o=1"})
    void aMalformedCloudTraceContextGivesNone(String header) {
        assertNull(CloudTraceContext.parse(header));
    }

    @Test
    void httpTakesTraceparentFirstThenCloudTraceContext() throws Exception {
        assertEquals(CALLER + " congo=t61rcWkgMzE", overHttp("traceparent", CALLER, "tracestate", "congo=t61rcWkgMzE",
                "X-Cloud-Trace-Context", "0af7651916cd43dd8448eb211c80319c/12;o=1"));
        assertEquals(CALLER, overHttp("traceparent", "00-nonsense", "X-Cloud-Trace-Context", CLOUD));
        String fresh = overHttp();
        assertTrue(TraceContext.parse(fresh, null).isPresent(), fresh);
    }

    @Test
    void aPubsubMessageContinuesItsPublishersContextElseTheEventsExtension() throws Exception {
        TestEvents.Recorder recorder = new TestEvents.Recorder();
        GcpEventAdapter adapter = new GcpEventAdapter(recorder.queue(), "7");
        adapter.accept(withTrace(TestEvents.published("ce-1", "{\"messageId\":\"m-1\",\"data\":\"aGk=\","
                + "\"attributes\":{\"googclient_traceparent\":\"" + CALLER + "\"}}")));
        adapter.accept(withTrace(TestEvents.published("ce-2", "{\"messageId\":\"m-2\",\"data\":\"aGk=\"}")));
        assertEquals(CALLER, recorder.contexts.get(0).traceContext().traceparent());
        // The carrier is the invocation's trace context, not one of the message's attributes.
        assertEquals(java.util.Map.of(), recorder.messages.get(0).attributes());
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00 rojo=00f067aa0ba902b7",
                recorder.contexts.get(1).traceContext().toString());
    }

    private static CloudEvent withTrace(CloudEvent event) {
        return CloudEventBuilder.v1(event)
                .withExtension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00")
                .withExtension("tracestate", "rojo=00f067aa0ba902b7").build();
    }
}
