package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.Provider;
import io.portablefn.conformance.suite.CaseFileException;
import io.portablefn.conformance.suite.CaseResult;
import io.portablefn.conformance.suite.ConformanceEngine;
import io.portablefn.conformance.suite.Expectation;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledger cells are pinned to the difference they record, and each target must report its own
 * provider: both broken on purpose here.
 */
class PinnedGapsAndProvidersTest {

    private static final HttpCase COOKIES = new HttpCase("two-cookies", "", List.of(), Object.class,
            WireRequest.get("/c"), new Expectation(200, null, new Expectation.ExpectedBody.Text(""), List.of("a=1", "b=2"),
                    Map.of(), List.of()), "test");

    private static final HttpCase WHERE = new HttpCase("where", "", List.of(), Object.class, WireRequest.get("/w"),
            new Expectation(200, "application/json", new Expectation.ExpectedBody.Json(json("{\"provider\":\"<provider>\"}")),
                    List.of(), Map.of(), List.of()), "test");

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Target answering(String name, Provider provider, String contentType, List<String> cookies,
            String body) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Provider provider() {
                return provider;
            }

            @Override
            public WireResponse send(Class<?> functionClass, WireRequest request) {
                Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("content-type", List.of(contentType));
                return new WireResponse(200, headers, cookies, body.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static KnownGaps ledger(Path dir, String observed) throws Exception {
        Path file = dir.resolve("gaps.json");
        Files.writeString(file, "[{\"target\": \"alb\", \"case\": \"two-cookies\", \"cause\": \"one Set-Cookie only\""
                + (observed == null ? "" : ", \"observed\": \"" + observed + "\"") + "}]");
        return KnownGaps.fromFile(file);
    }

    @Test
    void aLedgerCellThatFailsAsRecordedIsAKnownGap(@TempDir Path dir) throws Exception {
        CaseResult result = new ConformanceEngine(ledger(dir, "set-cookie: expected [a=1, b=2], was [b=2]"))
                .run(List.of(COOKIES), List.of(answering("alb", Provider.AWS, null, List.of("b=2"), ""))).get(0);
        assertEquals(Verdict.KNOWN_GAP, result.outcome("alb").verdict());
        assertEquals(List.of("cause: one Set-Cookie only", "observed: set-cookie: expected [a=1, b=2], was [b=2]"),
                result.outcome("alb").details());
        assertTrue(result.passed());
    }

    @Test
    void aLedgerCellWithANewDifferenceFailsShowingBothTexts(@TempDir Path dir) throws Exception {
        CaseResult result = new ConformanceEngine(ledger(dir, "set-cookie: expected [a=1, b=2], was [b=2]"))
                .run(List.of(COOKIES), List.of(answering("alb", Provider.AWS, null, List.of(), ""))).get(0);
        assertEquals(Verdict.DIFFERENT_GAP, result.outcome("alb").verdict());
        assertFalse(result.passed());
        String report = result.failureReport();
        assertTrue(report.contains("the ledger records: set-cookie: expected [a=1, b=2], was [b=2]")
                && report.contains("observed now:       set-cookie: expected [a=1, b=2], was []"), report);
    }

    @Test
    void aLedgerEntryWithoutObservedFailsAndPrintsTheTextToRecord(@TempDir Path dir) throws Exception {
        CaseResult result = new ConformanceEngine(ledger(dir, null))
                .run(List.of(COOKIES), List.of(answering("alb", Provider.AWS, null, List.of("b=2"), ""))).get(0);
        assertEquals(Verdict.DIFFERENT_GAP, result.outcome("alb").verdict());
        assertTrue(result.failureReport().contains("observed now:       set-cookie: expected [a=1, b=2], was [b=2]"),
                result.failureReport());
    }

    @Test
    void aLedgerEntryWithAnUnknownFieldIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "[{\"target\": \"a\", \"case\": \"b\", \"cause\": \"c\", \"observd\": \"x\"}]");
        CaseFileException e = assertThrows(CaseFileException.class, () -> KnownGaps.fromFile(file));
        assertTrue(e.getMessage().contains("unknown field \"observd\""), e.getMessage());
    }

    @Test
    void eachTargetMustReportItsOwnProviderAndTargetsStillAgree() {
        CaseResult result = new ConformanceEngine(KnownGaps.none()).run(List.of(WHERE), List.of(
                answering("aws", Provider.AWS, "application/json", List.of(), "{\"provider\":\"AWS\"}"),
                answering("gcp", Provider.GCP, "application/json", List.of(), "{\"provider\":\"GCP\"}"),
                answering("azure", Provider.AZURE, "application/json", List.of(), "{\"provider\":\"AWS\"}"))).get(0);
        assertEquals(Verdict.PASS, result.outcome("aws").verdict());
        assertEquals(Verdict.PASS, result.outcome("gcp").verdict());
        assertEquals(List.of("body $.provider: expected \"AZURE\", was \"AWS\""), result.outcome("azure").details());
        assertEquals(List.of(), result.disagreements(), "each passing target names its own provider");
    }
}
