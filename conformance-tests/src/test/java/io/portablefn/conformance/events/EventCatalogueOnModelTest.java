package io.portablefn.conformance.events;

import io.portablefn.conformance.Conformance;
import io.portablefn.conformance.ConformanceTest;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.fixtures.ClickStream;
import io.portablefn.conformance.fixtures.ChangeEcho;
import io.portablefn.conformance.fixtures.FailingSchedule;
import io.portablefn.conformance.fixtures.OrderedQueue;
import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.fixtures.ScheduleEcho;
import io.portablefn.conformance.fixtures.ServiceBusEcho;
import io.portablefn.conformance.fixtures.StorageEcho;
import io.portablefn.conformance.fixtures.TopicEcho;
import io.portablefn.conformance.fixtures.TraceQueueEcho;
import io.portablefn.conformance.fixtures.TraceServiceBusEcho;
import io.portablefn.conformance.fixtures.TypedClicks;
import io.portablefn.conformance.fixtures.TypedOrders;
import java.util.List;

/**
 * portablefn's event catalogue on a {@link ModelCloud}, a cloud that keeps the whole contract,
 * through the JUnit entry point users extend: every case must pass there with no known gap, so
 * the cases, the fixtures, the engine and the runtime's event pipeline agree with each other
 * before any real cloud's driver is involved. Reads the cases as a user's directory, and writes
 * target/conformance/events-on-a-model-cloud.md and .html.
 */
@Conformance(functions = {QueueEcho.class, ServiceBusEcho.class, TopicEcho.class, TypedOrders.class,
        OrderedQueue.class, StorageEcho.class, ScheduleEcho.class, FailingSchedule.class, TraceQueueEcho.class,
        TraceServiceBusEcho.class, ChangeEcho.class, ClickStream.class, TypedClicks.class},
        cases = "io/portablefn/conformance/cases/events", report = "events-on-a-model-cloud")
class EventCatalogueOnModelTest extends ConformanceTest {

    @Override
    protected List<Target> targets(List<String> names) {
        return List.of();
    }

    @Override
    protected List<EventTarget> eventTargets(List<String> names) {
        return List.of(new ModelCloud());
    }
}
