package io.portablefn.samples.events;

import io.portablefn.conformance.Conformance;
import io.portablefn.conformance.ConformanceTest;

/**
 * The sample's own event cases (src/test/resources/conformance/cases) on every event target:
 * {@code aws}, {@code azure} and {@code gcp} in process, {@code gcp-invoker} on Google's invoker.
 * Each case sends what a producer, a bucket or a scheduler would, and checks what each cloud is
 * then told: which messages it delivers again, and that no exception text of ours reaches it.
 * Where a cloud cannot do what a case expects, known-gaps.json says why. The matrix goes to
 * target/conformance/EventsConformanceTest.md and .html.
 */
@Conformance(functions = {PlaceOrder.class, OrderAudit.class, Thumbnails.class, NightlyReport.class,
        OrderChanges.class, CountClicks.class},
        cases = "conformance/cases", knownGaps = "conformance/known-gaps.json")
class EventsConformanceTest extends ConformanceTest {
}
