package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.events.ModelCloud;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a directory of a user's cases: exit codes, printed failures and the report files. */
class ConformanceMainTest {

    private static final String FAST_TARGETS = "aws-http-api-v2,azure,gcp";

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void passingCasesExitZeroAndWriteTheMatrix() throws IOException {
        Path cases = caseDirectory("greets-ada", 200, "Hello, Ada");
        assertEquals(0, run("--cases", cases.toString(), "--function", "io.portablefn.conformance.fixtures.Greet",
                "--targets", FAST_TARGETS, "--report", work.resolve("report").toString(), "--name", "mine"), this::log);
        String markdown = Files.readString(work.resolve("report/mine.md"));
        assertTrue(markdown.contains("| greets-ada | pass | pass | pass | yes |"), markdown);
        assertTrue(Files.readString(work.resolve("report/mine.html")).contains("<td class=\"pass\""));
    }

    @Test
    void aFailingCaseExitsOneAndSaysWhichFieldDiffersOnWhichTarget() throws IOException {
        Path cases = caseDirectory("greets-wrongly", 200, "Hi, Ada");
        assertEquals(1, run("--cases", cases.toString(), "--function", "io.portablefn.conformance.fixtures.Greet",
                "--targets", FAST_TARGETS, "--report", work.resolve("report").toString()), this::log);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("gcp differs from the expectation of greets-wrongly:"), printed);
        assertTrue(printed.contains("body $.greeting: expected \"Hi, Ada\", was \"Hello, Ada\""), printed);
        assertTrue(Files.readString(work.resolve("report/conformance.md")).contains("| greets-wrongly | **fail** |"));
    }

    @Test
    void aBadArgumentOrCaseFileExitsTwoWithTheReason() throws IOException {
        Path cases = caseDirectory("greets-ada", 200, "Hello, Ada");
        assertEquals(2, run("--cases", cases.toString(), "--function", "io.portablefn.conformance.fixtures.Greet",
                "--targets", "aws-lambda-on-mars"), this::log);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown target(s) [aws-lambda-on-mars]"), this::log);
        assertEquals(2, run("--cases", cases.toString(), "--function", "io.portablefn.conformance.fixtures.Echo"),
                this::log);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"function\": \"Greet\" is none of the suite's"
                + " function classes"), this::log);
    }

    @Test
    void eventCasesRunOnTheEventTargetsAndGetTheirOwnMatrix() throws IOException {
        Path cases = Files.createDirectories(work.resolve("event-cases"));
        Files.writeString(cases.resolve("orders-fail-alone.json"), """
                {"id": "orders-fail-alone", "rules": [], "function": "TypedOrders",
                 "event": {"messages": [{"id": "m-1", "body": "{\\"id\\":\\"o-1\\",\\"quantity\\":1}"},
                                        {"id": "m-2", "body": "{\\"id\\":\\"o-2\\",\\"quantity\\":1,\\"poison\\":true}"}]},
                 "expect": {"redelivered": ["m-2"], "seen": {"m-1": {}, "m-2": {}}}}
                """);
        Files.writeString(cases.resolve("orders-all-fine.json"), """
                {"id": "orders-all-fine", "rules": [], "function": "TypedOrders",
                 "event": {"messages": [{"id": "m-1", "body": "{\\"id\\":\\"o-1\\",\\"quantity\\":1,\\"poison\\":true}"}]},
                 "expect": {"redelivered": []}}
                """);
        int code = ConformanceMain.run(new String[] {"--cases", cases.toString(), "--function",
                "io.portablefn.conformance.fixtures.TypedOrders", "--report", work.resolve("report").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                names -> List.of(new ModelCloud()));
        assertEquals(1, code, this::log);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("model differs from the expectation of orders-all-fine:\n"
                + "  redelivered: expected [], was [m-1]"), printed);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 HTTP cases on 0 targets and 2 event cases on 1 event"
                + " targets. 2 cases: 1 passed, 1 failed. 2 cells: 1 pass, 1 fail (1 differ,"), this::log);
        String markdown = Files.readString(work.resolve("report/conformance.md"));
        assertTrue(markdown.contains("| orders-fail-alone | pass | yes |")
                && markdown.contains("| orders-all-fine | **fail** | yes |"), markdown);
    }

    @Test
    void aFunctionWithoutGeneratedEntryPointsFailsTheRunNamingTheMissingClass() throws IOException {
        Path cases = Files.createDirectories(work.resolve("unbuilt"));
        Files.writeString(cases.resolve("unbuilt-hello.json"), """
                {"id": "unbuilt-hello", "rules": [], "function": "Unbuilt",
                 "request": {"method": "GET", "path": "/hello"}, "expect": {"status": 200}}
                """);
        int code = run("--cases", cases.toString(), "--function", Unbuilt.class.getName(), "--targets",
                "aws-http-api-v2,azure", "--report", work.resolve("report").toString());
        assertEquals(1, code, this::log);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("aws-http-api-v2 cannot run unbuilt-hello:\n"
                + "  No generated entry point io.portablefn.conformance.Unbuilt_AwsHandler"), this::log);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 cells: 0 pass, 2 fail (0 differ, 2 cannot run,"),
                this::log);
    }

    @Test
    void aCaseThatExcludesATargetWithAReasonShowsItAsExcludedAndPasses() throws IOException {
        Path cases = Files.createDirectories(work.resolve("excluding"));
        Files.writeString(cases.resolve("unbuilt-elsewhere.json"), """
                {"id": "unbuilt-elsewhere", "rules": [], "function": "Unbuilt",
                 "notApplicable": {"aws-http-api-v2": "built for another cloud only"},
                 "request": {"method": "GET", "path": "/hello"}, "expect": {"status": 200}}
                """);
        int code = run("--cases", cases.toString(), "--function", Unbuilt.class.getName(), "--targets",
                "aws-http-api-v2", "--report", work.resolve("report").toString());
        assertEquals(0, code, this::log);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 cells: 0 pass, 0 fail, 0 known gap, 1 excluded."
                + " Not selected by this run: aws-rest-v1,"), this::log);
        assertTrue(Files.readString(work.resolve("report/conformance.md")).contains(
                "### unbuilt-elsewhere on aws-http-api-v2: excluded\n\n    not applicable: built for another cloud only"));
    }

    private int run(String... args) {
        return ConformanceMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String log() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Path caseDirectory(String id, int status, String greeting) throws IOException {
        Path directory = Files.createDirectories(work.resolve("cases-" + id));
        Files.writeString(directory.resolve(id + ".json"), """
                {
                  "id": "%s",
                  "rules": [],
                  "function": "Greet",
                  "request": {"method": "POST", "path": "/greet", "headers": ["Content-Type: application/json"],
                              "body": "{\\"name\\":\\"Ada\\"}"},
                  "expect": {"status": %d, "contentType": "application/json", "json": {"greeting": "%s"}}
                }
                """.formatted(id, status, greeting));
        return directory;
    }
}
