package io.portablefn.conformance.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.fixtures.Echo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each AWS front door model does with a body too large to reach the function: API Gateway's
 * and ALB's own body limits first, then Lambda's limit on the event. A body under every limit
 * still reaches the function, so a refusal is the limit's doing and not the model's habit.
 */
class FrontDoorLimitsTest {

    private static final int MIB = 1024 * 1024;

    private static WireRequest post(int bodyBytes, String contentType) {
        byte[] body = new byte[bodyBytes];
        java.util.Arrays.fill(body, (byte) 'a');
        return WireRequest.of("POST", "/echo/big", List.of(Map.entry("Content-Type", contentType)), body);
    }

    private static String text(WireResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void lambdaRefusesAnEventOfSixMebibytesOrMore() {
        assertTrue(LambdaPayload.refuses(new byte[6 * MIB]));
        assertFalse(LambdaPayload.refuses(new byte[6 * MIB - 1]));
    }

    @Test
    void aRestApiAnswersLambdasRefusalWithItsOwn413() throws Exception {
        WireResponse answer = AwsTargets.restApiV1().send(Echo.class, post(7 * MIB, "text/plain"));
        assertEquals(413, answer.status());
        assertEquals(List.of("application/json"), answer.headers().get("content-type"));
        assertEquals("{\"message\": \"Request Too Long\"}", text(answer));
    }

    @Test
    void aRestApiRefusesABodyOverTenMegabytesItself() throws Exception {
        WireResponse answer = AwsTargets.restApiV1().send(Echo.class, post(RestApiFront.MAX_BODY_BYTES + 1, "text/plain"));
        assertEquals(413, answer.status());
        assertEquals("HTTP content length exceeded 10485760 bytes.", text(answer));
    }

    @Test
    void theEventNotTheBodyIsWhatLambdaLimits() throws Exception {
        // 4.5 MiB of binary is over 6 MiB in base64 (REST sends every body base64); 4 MiB is not.
        assertEquals(413, AwsTargets.restApiV1().send(Echo.class, post(4 * MIB + MIB / 2, "text/plain")).status());
        assertEquals(200, AwsTargets.restApiV1().send(Echo.class, post(4 * MIB, "text/plain")).status());
    }

    @Test
    void frontDoorsWhoseAnswerIsUnknownCannotRunRatherThanInventOne() {
        for (Target target : List.of(AwsTargets.httpApiV1(), AwsTargets.httpApiV2(), AwsTargets.functionUrl())) {
            TargetCannotRun refused = assertThrows(TargetCannotRun.class,
                    () -> target.send(Echo.class, post(7 * MIB, "text/plain")), target.name());
            assertTrue(refused.getMessage().startsWith("Lambda refuses an event of 6291456 bytes or more"),
                    refused.getMessage());
        }
        TargetCannotRun overHttpApi = assertThrows(TargetCannotRun.class,
                () -> AwsTargets.httpApiV2().send(Echo.class, post(HttpApiFront.HTTP_API_MAX_BODY_BYTES + 1, "text/plain")));
        assertTrue(overHttpApi.getMessage().startsWith("An API Gateway HTTP API refuses a request body over 10 MB"),
                overHttpApi.getMessage());
        for (Target alb : List.of(AwsTargets.alb(), AwsTargets.albMultiValue())) {
            TargetCannotRun refused = assertThrows(TargetCannotRun.class,
                    () -> alb.send(Echo.class, post(AlbFront.MAX_BODY_BYTES + 1, "text/plain")), alb.name());
            assertTrue(refused.getMessage().contains("refuses a request body over 1 MB"), refused.getMessage());
        }
    }

    @Test
    void underEveryLimitTheFunctionRuns() throws Exception {
        for (Target target : AwsTargets.all()) {
            assertEquals(200, target.send(Echo.class, post(AlbFront.MAX_BODY_BYTES, "text/plain")).status(),
                    target.name());
        }
    }
}
