package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.suite.EventCase;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md and the event catalogue prove each other, as {@link ContractCoverageTest} does
 * for HTTP: every rule row names event cases that exist, each event case lists exactly the rules
 * whose rows name it, and the gap table holds exactly known-gaps-events.json.
 */
class EventsContractCoverageTest {

    /** The clouds' event targets, named in the ledger before (and after) their drivers are wired into EventTargets. */
    private static final Set<String> EVENT_TARGETS = Set.of("aws", "aws-ric", "azure", "gcp", "gcp-invoker", "local");

    private static MappingDoc doc;
    private static List<EventCase> cases;

    @BeforeAll
    static void read() throws IOException {
        String mapping = System.getProperty("portablefn.mappingDoc");
        Path path = mapping != null ? Path.of(mapping).resolveSibling("events.md") : Path.of("..", "docs", "events.md");
        doc = MappingDoc.parse(Files.readString(path));
        cases = Suite.builtIn().eventCases();
    }

    @Test
    void everyRuleNamesEventCasesThatExist() {
        Set<String> caseIds = cases.stream().map(EventCase::id).collect(Collectors.toSet());
        assertTrue(doc.rules().size() >= 25, () -> "expected the rule tables of events.md, found " + doc.rules());
        List<String> problems = new ArrayList<>();
        doc.rules().forEach((rule, named) -> {
            if (!rule.startsWith("event.")) {
                problems.add(rule + ": event rule ids start with 'event.'");
            }
            if (named.isEmpty()) {
                problems.add(rule + " names no case: add a case that proves it, or name one");
            }
            named.stream().filter(name -> !caseIds.contains(name))
                    .forEach(name -> problems.add(rule + " names '" + name + "', which is not an event case"));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void eachEventCaseListsExactlyTheRulesThatNameIt() {
        List<String> problems = new ArrayList<>();
        for (EventCase eventCase : cases) {
            Set<String> listed = new TreeSet<>(eventCase.rules());
            Set<String> naming = new TreeSet<>();
            doc.rules().forEach((rule, named) -> {
                if (named.contains(eventCase.id())) {
                    naming.add(rule);
                }
            });
            if (!listed.equals(naming)) {
                problems.add(eventCase.id() + " lists " + listed + " but events.md names it under " + naming);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theGapTableHoldsExactlyTheEventLedger() {
        Set<String> ledger = KnownGaps.builtInEvents().entries().stream().map(gap -> gap.target() + " / " + gap.caseId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ledger, new TreeSet<>(doc.gaps()), "docs/events.md 'Known gaps' vs known-gaps-events.json");
        Set<String> targets = new TreeSet<>(EVENT_TARGETS);
        targets.addAll(EventTargets.names());
        Set<String> caseIds = cases.stream().map(EventCase::id).collect(Collectors.toSet());
        for (KnownGaps.Gap gap : KnownGaps.builtInEvents().entries()) {
            assertTrue(targets.contains(gap.target()), () -> "the event ledger names unknown target " + gap.target());
            assertTrue(caseIds.contains(gap.caseId()), () -> "the event ledger names unknown case " + gap.caseId());
        }
    }
}
