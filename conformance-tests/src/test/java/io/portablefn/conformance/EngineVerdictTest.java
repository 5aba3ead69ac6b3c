package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Provider;
import io.portablefn.conformance.report.Reports;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.Expectation;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict rules, on targets that answer what the test tells them to. */
class EngineVerdictTest {

    private static final HttpCase CASE = new HttpCase("says-hi", "<script>alert('x')</script> & co", List.of(),
            Object.class, WireRequest.get("/hi"), new Expectation(200, "text/plain;charset=utf-8",
                    new Expectation.ExpectedBody.Text("hi"), List.of(), Map.of(), List.of()), "test");

    private static Target answering(String name, int status, Map<String, List<String>> headers, String body) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Provider provider() {
                return Provider.LOCAL;
            }

            @Override
            public WireResponse send(Class<?> functionClass, WireRequest request) {
                return new WireResponse(status, headers, List.of(), body.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static Target ok(String name, String... extraHeader) {
        Map<String, List<String>> headers = extraHeader.length == 0
                ? Map.of("content-type", List.of("text/plain;charset=utf-8"))
                : Map.of("content-type", List.of("text/plain;charset=utf-8"), extraHeader[0], List.of(extraHeader[1]));
        return answering(name, 200, headers, "hi");
    }

    private static Target throwing(String name, Exception failure) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Provider provider() {
                return Provider.LOCAL;
            }

            @Override
            public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
                throw failure;
            }
        };
    }

    @Test
    void aFailureListsEachDifferingFieldAndAGapMustStillFail() {
        KnownGaps gaps = KnownGaps.none();
        CaseResult result = new ConformanceEngine(gaps).run(List.of(CASE),
                List.of(ok("a"), answering("b", 404, Map.of(), "<h1>no</h1>"))).get(0);
        assertFalse(result.passed());
        assertEquals(Verdict.FAIL, result.outcome("b").verdict());
        assertEquals(List.of("status: expected 200, was 404", "content-type: expected \"text/plain;charset=utf-8\","
                + " was none", "body: expected \"hi\", was \"<h1>no</h1>\""), result.outcome("b").details());
        assertTrue(result.failureReport().startsWith("b differs from the expectation of says-hi:\n  status:"));
    }

    @Test
    void aListedGapThatFailsPassesTheCaseAndOneThatPassesFailsIt(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("gaps.json");
        Files.writeString(ledger, "[{\"target\":\"b\",\"case\":\"says-hi\",\"cause\":\"b cannot\",\"observed\":"
                + "\"status: expected 200, was 500; content-type: expected \\\"text/plain;charset=utf-8\\\", was none;"
                + " body: expected \\\"hi\\\", was \\\"\\\"\"},"
                + "{\"target\":\"a\",\"case\":\"says-hi\",\"cause\":\"a could not\",\"observed\":\"status: x\"}]");
        CaseResult result = new ConformanceEngine(KnownGaps.fromFile(ledger)).run(List.of(CASE),
                List.of(ok("a"), answering("b", 500, Map.of(), ""))).get(0);
        assertEquals(Verdict.KNOWN_GAP, result.outcome("b").verdict());
        assertEquals(Verdict.GAP_NOW_PASSES, result.outcome("a").verdict());
        assertFalse(result.passed());
        assertTrue(result.failureReport().contains("a now passes says-hi, listed as a known gap"));
    }

    @Test
    void targetsThatMatchTheExpectationMustAlsoAgreeWithEachOther() {
        CaseResult result = new ConformanceEngine(KnownGaps.none()).run(List.of(CASE),
                List.of(ok("a"), ok("b", "x-extra", "1"))).get(0);
        assertEquals(Verdict.PASS, result.outcome("b").verdict());
        assertEquals(List.of("b differs from a on header x-extra: \"[1]\" vs \"absent\""), result.disagreements());
        assertFalse(result.passed());
    }

    @Test
    void aTargetThatCannotRunTheCaseFailsWithTheReasonAndNoExceptionTypeMakesASkip() {
        CaseResult result = new ConformanceEngine(KnownGaps.none()).run(List.of(CASE), List.of(ok("a"),
                throwing("b", new TargetCannotRun("No generated entry point X_AwsHandler")),
                throwing("c", new IllegalArgumentException("not a URI")),
                throwing("d", new java.io.IOException("process died")))).get(0);
        assertEquals(Verdict.CANNOT_RUN, result.outcome("b").verdict());
        assertEquals(List.of("No generated entry point X_AwsHandler"), result.outcome("b").details());
        assertEquals(Verdict.FAIL, result.outcome("c").verdict());
        assertEquals(Verdict.FAIL, result.outcome("d").verdict());
        assertFalse(result.passed());
        assertTrue(result.failureReport().contains("b cannot run says-hi:\n  No generated entry point X_AwsHandler"),
                result.failureReport());
    }

    @Test
    void theHtmlReportEscapesWhatCasesAndResponsesContain(@TempDir Path dir) throws IOException {
        List<CaseResult> results = new ConformanceEngine(KnownGaps.none()).run(List.of(CASE),
                List.of(answering("<b>", 200, Map.of("content-type", List.of("text/plain;charset=utf-8")),
                        "<img src=x onerror=alert(1)>")));
        Reports.write(dir, "escaped", List.of("<b>"), results);
        String html = Files.readString(dir.resolve("escaped.html"));
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("&lt;script&gt;alert(&#39;x&#39;)"));
        assertTrue(Files.readString(dir.resolve("escaped.md")).contains("| says-hi | **fail** | yes |"));
    }
}
