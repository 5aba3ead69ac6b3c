package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Message;
import io.portablefn.conformance.suite.EventCase;
import io.portablefn.conformance.suite.EventCaseResult;
import io.portablefn.conformance.suite.EventEngine;
import io.portablefn.conformance.suite.KnownGaps;
import io.portablefn.conformance.suite.Outcome.Verdict;
import io.portablefn.conformance.suite.Suite;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The event suite's reason to exist: a cloud adapter that maps events wrongly is caught, and the
 * report names the target and what differs. The careless adapter here makes two classic
 * mistakes: it fails a whole SQS batch when one message fails (throwing instead of reporting
 * batchItemFailures), and it leaves the message attributes out.
 */
class WrongEventMappingIsCaughtTest {

    /** The model cloud with both mistakes. */
    static final class CarelessCloud extends ModelCloud {
        CarelessCloud() {
            super("careless");
        }

        @Override
        public Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception {
            Delivery delivery = super.deliver(functionClass, event);
            if (event instanceof WireEvent.Messages && !delivery.redelivered().isEmpty()) {
                return new Delivery(Set.copyOf(event.ids()), List.of("Batch failed"));
            }
            return delivery;
        }

        @Override
        protected Message message(WireMessage sent) {
            return Message.builder().id(sent.id()).body(sent.body()).deliveryCount(1).publishTime(sent.publishTime())
                    .build();
        }
    }

    @Test
    void aWholeBatchRetriedAndLostAttributesFailTheCasesWithTheDifferingFields() {
        Suite suite = Suite.builtIn();
        List<EventCase> cases = suite.eventCases().stream()
                .filter(c -> c.id().equals("poison-batch") || c.id().equals("message-attributes")).toList();
        assertEquals(2, cases.size());
        List<EventCaseResult> results = new EventEngine(KnownGaps.none())
                .run(cases, List.of(new ModelCloud(), new CarelessCloud()));
        for (EventCaseResult result : results) {
            assertFalse(result.passed(), result::failureReport);
            assertEquals(Verdict.PASS, result.outcome("model").verdict(), result::failureReport);
            assertEquals(Verdict.FAIL, result.outcome("careless").verdict());
        }
        String poison = results.get(cases.get(0).id().equals("poison-batch") ? 0 : 1).failureReport();
        assertTrue(poison.contains("careless differs from the expectation of poison-batch:")
                && poison.contains("redelivered: expected [m-03, m-06, m-09], was [m-01, m-02, m-03")
                && poison.contains("redelivered but should not be: [m-01, m-02, m-04, m-05, m-07, m-08, m-10]"), poison);
        String attributes = results.get(cases.get(0).id().equals("poison-batch") ? 1 : 0).failureReport();
        assertTrue(attributes.contains("seen m-1 $.attributes.priority: expected \"5\", was absent")
                && attributes.contains("seen m-1 $.attributes.tenant: expected \"acme\", was absent"), attributes);
    }
}
