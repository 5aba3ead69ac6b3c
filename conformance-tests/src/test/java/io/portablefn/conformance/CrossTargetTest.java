package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.fixtures.Bug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same HTTP cases through every target: each target must give the expected response, and
 * all targets must agree with each other on status, content type, {@code x-*} headers, cookies
 * and body. Writes target/cross-target-matrix.md.
 */
class CrossTargetTest {

    private static List<Target> targets;
    private static final Map<String, Map<String, String>> MATRIX = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        targets = AllTargets.create();
    }

    @AfterAll
    static void close() throws Exception {
        for (Target target : targets) {
            target.close();
        }
        writeMatrix();
    }

    @TestFactory
    Stream<DynamicNode> everyCaseOnEveryTarget() {
        return HttpCases.all().stream().map(httpCase -> {
            Map<String, WireResponse> answers = new LinkedHashMap<>();
            List<DynamicNode> tests = new ArrayList<>();
            for (Target target : targets) {
                tests.add(DynamicTest.dynamicTest(target.name(), () -> check(httpCase, target, answers)));
            }
            tests.add(DynamicTest.dynamicTest("all targets agree", () -> agree(answers)));
            return DynamicContainer.dynamicContainer(httpCase.name(), tests);
        });
    }

    private static void check(HttpCase httpCase, Target target, Map<String, WireResponse> answers) throws Exception {
        WireResponse response = target.send(httpCase.function(), httpCase.request());
        List<String> diffs = httpCase.differences(response);
        if (httpCase.function() == Bug.class) {
            String body = response.bodyAsString();
            if (body.contains(Bug.SECRET) || body.contains("Exception") || body.contains("\tat ")) {
                diffs.add("body leaks the failure: " + body);
            }
        }
        String gap = KnownGaps.cause(target.name(), httpCase.name());
        record(httpCase.name(), target.name(), diffs.isEmpty() ? "pass" : gap != null ? "known gap" : "FAIL");
        if (gap == null) {
            assertTrue(diffs.isEmpty(), () -> target.name() + " differs on " + httpCase.name() + ":\n  "
                    + String.join("\n  ", diffs) + "\nrequest: " + httpCase.request());
            answers.put(target.name(), response);
        } else {
            assertFalse(diffs.isEmpty(), () -> "Known gap '" + gap + "' of " + target.name() + " on "
                    + httpCase.name() + " now passes: remove it from KnownGaps and docs/mapping.md");
        }
    }

    private static void agree(Map<String, WireResponse> answers) {
        Map<String, Object> first = null;
        String firstName = null;
        for (Map.Entry<String, WireResponse> answer : answers.entrySet()) {
            Map<String, Object> view = HttpCase.comparable(answer.getValue());
            if (first == null) {
                first = view;
                firstName = answer.getKey();
            } else {
                assertEquals(first, view, answer.getKey() + " disagrees with " + firstName);
            }
        }
    }

    private static synchronized void record(String caseName, String target, String verdict) {
        MATRIX.computeIfAbsent(caseName, k -> new LinkedHashMap<>()).put(target, verdict);
    }

    private static void writeMatrix() throws IOException {
        StringBuilder md = new StringBuilder("| case |");
        targets.forEach(t -> md.append(' ').append(t.name()).append(" |"));
        md.append("\n|---|");
        targets.forEach(t -> md.append("---|"));
        MATRIX.forEach((caseName, row) -> {
            md.append("\n| ").append(caseName).append(" |");
            targets.forEach(t -> md.append(' ').append(row.getOrDefault(t.name(), "not run")).append(" |"));
        });
        Path out = Path.of("target", "cross-target-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.append('\n'));
    }
}
