package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The X-Ray header as W3C trace context, and which AWS carrier an invocation continues. */
class AwsTraceTest {

    private static final String XRAY = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    private static final String W3C_OF_XRAY = "00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01";
    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String RUNTIME = "Root=1-6955b900-0123456789abcdef01234567;Parent=1234567890abcdef;Sampled=0";

    @Test
    void xRayIdsAreTheW3cIdsExactly() {
        TraceContext trace = XRayTraceHeader.parse(XRAY);
        assertEquals(W3C_OF_XRAY, trace.traceparent());
        assertEquals(Optional.empty(), trace.traceState());
        assertEquals(XRAY, XRayTraceHeader.format(trace));
        TraceContext caller = TraceContext.parse(CALLER, null).orElseThrow();
        assertEquals(caller, XRayTraceHeader.parse(XRayTraceHeader.format(caller)));
    }

    @Test
    void otherFieldsSpacesAndAShortEpochAreRead() {
        TraceContext trace = XRayTraceHeader.parse(
                "Self=1-67891234-12456789abcdef012345678; Root=1-59e988-bd862e3fe1be46a994272793 ;;Parent=53995c3f42cd8ad8;"
                        + "Sampled=?;Lineage=a87bd80c:1|68fd508a:5");
        assertEquals("0059e988bd862e3fe1be46a994272793", trace.traceId());
        assertFalse(trace.sampled());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "garbage", "Root=1-5759e988-bd862e3fe1be46a994272793", // a front door's own: no caller's span
        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
        "Root=2-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", // unknown version
        "Root=1-5759e988-bd862e3fe1be46a99427279;Parent=53995c3f42cd8ad8", // 23 digits
        "Root=1-5759E988-BD862E3FE1BE46A994272793;Parent=53995c3f42cd8ad8", // upper case
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad;Sampled=1", // 15 digits
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000000;Sampled=1", // the invalid span id
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=yes"})
    void anIncompleteOrMalformedHeaderGivesNone(String header) {
        assertNull(XRayTraceHeader.parse(header));
    }

    @Test
    void httpTakesTheCallersTraceparentFirstThenTheFrontDoorsThenTheRuntimes() {
        assertEquals(CALLER + " congo=t61rcWkgMzE",
                seenOverHttp(List.of("traceparent", CALLER, "tracestate", "congo=t61rcWkgMzE", "x-amzn-trace-id", XRAY)));
        assertEquals(W3C_OF_XRAY, seenOverHttp(List.of("traceparent", "00-bad", "x-amzn-trace-id", XRAY)));
        assertEquals("00-6955b9000123456789abcdef01234567-1234567890abcdef-00",
                seenOverHttp(List.of("x-amzn-trace-id", "Root=1-5759e988-bd862e3fe1be46a994272793")));
    }

    @Test
    void httpWithoutAnyCarrierGetsAFreshValidContext() {
        AwsHttpAdapter adapter = new AwsHttpAdapter(echoingTrace());
        String first = Events.run(adapter, httpApiEvent(List.of()), null).get("body").asText();
        String second = Events.run(adapter, httpApiEvent(List.of()), null).get("body").asText();
        assertTrue(TraceContext.parse(first, null).isPresent(), first);
        assertNotEquals(first, second);
    }

    @Test
    void eachSqsMessageContinuesItsOwnAwsTraceHeaderAndOneWithoutTheInvocations() {
        List<String> seen = new ArrayList<>();
        EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE,
                (message, context) -> seen.add(message.id() + " " + origin(context) + " "
                        + context.traceContext().traceparent()));
        ObjectNode first = EventRuns.sqsRecord("m-1", "a", null);
        ((ObjectNode) first.get("attributes")).put("AWSTraceHeader", XRAY);
        ObjectNode second = EventRuns.sqsRecord("m-2", "b", null);
        ((ObjectNode) second.get("attributes")).put("AWSTraceHeader",
                XRayTraceHeader.format(TraceContext.parse(CALLER, null).orElseThrow()));
        ObjectNode third = EventRuns.sqsRecord("m-3", "c", null);
        FakeLambdaContext lambda = new FakeLambdaContext("req-1", "orders", Duration.ofSeconds(30),
                FakeLambdaContext.DISCARD, RUNTIME);
        EventRuns.run(queue, EventRuns.records(List.of(first, second, third)), lambda);
        // The runtime's header is the platform's own context, not a caller's (InvocationContext.inPlatformTrace).
        assertEquals(List.of("m-1 caller " + W3C_OF_XRAY, "m-2 caller " + CALLER,
                "m-3 platform 00-6955b9000123456789abcdef01234567-1234567890abcdef-00"), seen);
    }

    @Test
    void aRealFrontDoorsRootOnlyHeaderNamesNoCallerSoTheTraceIsFresh() throws Exception {
        java.nio.file.Path folder = io.portablefn.testkit.ProviderEvents.folder("aws").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "no provider sample events");
        // Captured from a deployed HTTP API: x-amzn-trace-id is Root=1-5e9f0c65-1de4d666d4dd26aced652b6c only.
        String event = java.nio.file.Files.readString(folder.resolve("apigw-v2-no-authorizer-go.json"));
        String seen = Events.run(new AwsHttpAdapter(HttpFunction.raw("trace", 30, "/",
                EnumSet.allOf(HttpMethod.class), (request, context) -> HttpResponse.ok().text(
                        context.traceContext().toString()))), event, null).get("body").asText();
        assertTrue(TraceContext.parse(seen, null).isPresent(), seen);
        assertNotEquals("5e9f0c651de4d666d4dd26aced652b6c", TraceContext.parse(seen, null).orElseThrow().traceId());
    }

    @Test
    void withoutTheContextsTraceIdTheRuntimeClientsSystemPropertyIsRead() {
        String before = System.getProperty(AwsTraceCarriers.TRACE_HEADER_PROPERTY);
        System.setProperty(AwsTraceCarriers.TRACE_HEADER_PROPERTY, XRAY);
        try {
            FakeLambdaContext olderClient = new FakeLambdaContext("req-1", "trace", Duration.ofSeconds(30),
                    FakeLambdaContext.DISCARD);
            assertEquals(W3C_OF_XRAY, Events.run(new AwsHttpAdapter(echoingTrace()), httpApiEvent(List.of()), olderClient)
                    .get("body").asText());
        } finally {
            if (before == null) {
                System.clearProperty(AwsTraceCarriers.TRACE_HEADER_PROPERTY);
            } else {
                System.setProperty(AwsTraceCarriers.TRACE_HEADER_PROPERTY, before);
            }
        }
    }

    @Test
    void overHttpTheRuntimesHeaderIsThePlatformsAndAFrontDoorsWithAParentTheCallers() {
        assertEquals("platform", originOverHttp(List.of()));
        assertEquals("platform", originOverHttp(List.of("x-amzn-trace-id", "Root=1-5759e988-bd862e3fe1be46a994272793")));
        assertEquals("caller", originOverHttp(List.of("x-amzn-trace-id", XRAY)));
        assertEquals("caller", originOverHttp(List.of("traceparent", CALLER)));
    }

    private static String origin(io.portablefn.api.Context context) {
        io.portablefn.runtime.InvocationContext invocation = (io.portablefn.runtime.InvocationContext) context;
        return invocation.continuesCaller() ? "caller" : invocation.platformTrace().isPresent() ? "platform" : "none";
    }

    private static String originOverHttp(List<String> headers) {
        FakeLambdaContext lambda = new FakeLambdaContext("req-1", "trace", Duration.ofSeconds(30),
                FakeLambdaContext.DISCARD, RUNTIME);
        HttpFunction function = HttpFunction.raw("trace", 30, "/trace", EnumSet.allOf(HttpMethod.class),
                (request, context) -> HttpResponse.ok().text(origin(context)));
        return Events.run(new AwsHttpAdapter(function), httpApiEvent(headers), lambda).get("body").asText();
    }

    /** What the function saw as its trace context, over an HTTP API 2.0 event with these header name/value pairs. */
    private static String seenOverHttp(List<String> headers) {
        FakeLambdaContext lambda = new FakeLambdaContext("req-1", "trace", Duration.ofSeconds(30),
                FakeLambdaContext.DISCARD, RUNTIME);
        return Events.run(new AwsHttpAdapter(echoingTrace()), httpApiEvent(headers), lambda).get("body").asText();
    }

    private static HttpFunction echoingTrace() {
        return HttpFunction.raw("trace", 30, "/trace", EnumSet.allOf(HttpMethod.class),
                (request, context) -> HttpResponse.ok().text(context.traceContext().toString()));
    }

    private static String httpApiEvent(List<String> headers) {
        ObjectNode event = Events.MAPPER.createObjectNode().put("version", "2.0").put("routeKey", "$default")
                .put("rawPath", "/trace").put("rawQueryString", "");
        ObjectNode map = event.putObject("headers");
        for (int i = 0; i < headers.size(); i += 2) {
            map.put(headers.get(i), headers.get(i + 1));
        }
        event.putObject("requestContext").put("requestId", "api-req").put("stage", "$default")
                .putObject("http").put("method", "GET").put("path", "/trace");
        return event.toString();
    }
}
