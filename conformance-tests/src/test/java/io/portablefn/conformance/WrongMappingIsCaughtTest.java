package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.aws.AwsTargets;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.Outcome.Verdict;
import io.portablefn.conformance.suite.Suite;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite's reason to exist: a provider that maps one field wrongly is caught, on a real
 * target, and the report names the target and the field. The wrong mapping here is a provider
 * that keeps only the first Set-Cookie, as a careless adapter for a one-value-per-header map
 * would.
 */
class WrongMappingIsCaughtTest {

    /** The real HTTP API target, with the last Set-Cookie of every answer lost on the way. */
    private static Target firstCookieOnly(Target real) {
        return new Target() {
            @Override
            public String name() {
                return "broken-" + real.name();
            }

            @Override
            public io.portablefn.api.Provider provider() {
                return real.provider();
            }

            @Override
            public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
                WireResponse answer = real.send(functionClass, request);
                List<String> cookies = answer.cookies().isEmpty() ? List.of() : answer.cookies().subList(0, 1);
                return new WireResponse(answer.status(), answer.headers(), cookies, answer.body());
            }
        };
    }

    @Test
    void aProviderThatDropsACookieFailsTheCaseWithTheDifferingField() throws Exception {
        Suite suite = Suite.builtIn();
        HttpCase cookies = suite.cases().stream().filter(c -> c.id().equals("cookies-in-two-set-cookie-out"))
                .findFirst().orElseThrow();
        Target real = AwsTargets.httpApiV2();
        try (real) {
            CaseResult result = new ConformanceEngine(suite.gaps())
                    .run(List.of(cookies), List.of(real, firstCookieOnly(real))).get(0);
            assertFalse(result.passed());
            assertEquals(Verdict.PASS, result.outcome("aws-http-api-v2").verdict());
            assertEquals(Verdict.FAIL, result.outcome("broken-aws-http-api-v2").verdict());
            String report = result.failureReport();
            assertTrue(report.contains("broken-aws-http-api-v2") && report.contains("set-cookie")
                    && report.contains("theme=dark"), report);
        }
    }
}
