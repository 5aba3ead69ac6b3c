package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/mapping.md and the catalogue prove each other: every rule row names cases that exist,
 * each case lists exactly the rules whose rows name it, and the gap table holds exactly the
 * ledger's entries. A rule without a case, or a case name that is not a case, fails the build.
 */
class ContractCoverageTest {

    private static MappingDoc doc;
    private static Suite builtIn;

    @BeforeAll
    static void read() throws IOException {
        String configured = System.getProperty("portablefn.mappingDoc");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "docs", "mapping.md");
        doc = MappingDoc.parse(Files.readString(path));
        builtIn = Suite.builtIn();
    }

    @Test
    void everyRuleNamesCasesThatExist() {
        Set<String> caseIds = builtIn.cases().stream().map(HttpCase::id).collect(Collectors.toSet());
        assertTrue(doc.rules().size() >= 20, () -> "expected the rule tables of mapping.md, found " + doc.rules());
        List<String> problems = new ArrayList<>();
        doc.rules().forEach((rule, cases) -> {
            if (cases.isEmpty()) {
                problems.add(rule + " names no case: add a case that proves it, or name one");
            }
            for (String name : cases) {
                if (!name.equals(MappingDoc.ALL) && !caseIds.contains(name) && !unitTestExists(name)) {
                    problems.add(rule + " names '" + name + "', which is neither a case nor a test class");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void eachCaseListsExactlyTheRulesThatNameIt() {
        List<String> problems = new ArrayList<>();
        for (HttpCase httpCase : builtIn.cases()) {
            Set<String> listed = new TreeSet<>(httpCase.rules());
            Set<String> naming = new TreeSet<>();
            doc.rules().forEach((rule, cases) -> {
                if (cases.contains(httpCase.id())) {
                    naming.add(rule);
                }
            });
            listed.stream().filter(rule -> !doc.rules().containsKey(rule))
                    .forEach(rule -> problems.add(httpCase.id() + " lists rule " + rule + ", which mapping.md does not have"));
            if (!listed.equals(naming) && listed.stream().allMatch(doc.rules()::containsKey)) {
                problems.add(httpCase.id() + " lists " + listed + " but mapping.md names it under " + naming);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theGapTableHoldsExactlyTheLedger() {
        Set<String> ledger = KnownGaps.builtIn().entries().stream().map(gap -> gap.target() + " / " + gap.caseId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ledger, new TreeSet<>(doc.gaps()), "docs/mapping.md section 8 vs known-gaps.json");
        Set<String> targets = Set.copyOf(Targets.names());
        Set<String> caseIds = builtIn.cases().stream().map(HttpCase::id).collect(Collectors.toSet());
        for (KnownGaps.Gap gap : KnownGaps.builtIn().entries()) {
            assertTrue(targets.contains(gap.target()), () -> "ledger names unknown target " + gap.target());
            assertTrue(caseIds.contains(gap.caseId()), () -> "ledger names unknown case " + gap.caseId());
        }
    }

    // A rule only a provider's own event shapes can show (an AWS event of no known shape) is
    // proved by that provider's unit test, named by class; it must exist in the project.
    private static boolean unitTestExists(String name) {
        if (!name.endsWith("Test")) {
            return false;
        }
        Path root = Path.of(System.getProperty("portablefn.mappingDoc", "../docs/mapping.md")).toAbsolutePath()
                .getParent().getParent();
        try (Stream<Path> files = Files.walk(root, 12)) {
            return files.anyMatch(file -> file.getFileName().toString().equals(name + ".java")
                    && file.toString().contains("src" + java.io.File.separator + "test"));
        } catch (IOException e) {
            return false;
        }
    }
}
