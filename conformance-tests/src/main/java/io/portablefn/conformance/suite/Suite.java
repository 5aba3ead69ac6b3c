package io.portablefn.conformance.suite;

import io.portablefn.conformance.fixtures.Binary;
import io.portablefn.conformance.fixtures.Bug;
import io.portablefn.conformance.fixtures.ClickStream;
import io.portablefn.conformance.fixtures.ChangeEcho;
import io.portablefn.conformance.fixtures.ContentTypeEcho;
import io.portablefn.conformance.fixtures.Cookies;
import io.portablefn.conformance.fixtures.Echo;
import io.portablefn.conformance.fixtures.Empty;
import io.portablefn.conformance.fixtures.FailingSchedule;
import io.portablefn.conformance.fixtures.FileReadme;
import io.portablefn.conformance.fixtures.FileTree;
import io.portablefn.conformance.fixtures.FileVersion;
import io.portablefn.conformance.fixtures.Greet;
import io.portablefn.conformance.fixtures.HeaderInjection;
import io.portablefn.conformance.fixtures.OneArgument;
import io.portablefn.conformance.fixtures.OrderedQueue;
import io.portablefn.conformance.fixtures.Orders;
import io.portablefn.conformance.fixtures.Overrun;
import io.portablefn.conformance.fixtures.PersonPojo;
import io.portablefn.conformance.fixtures.PersonRecord;
import io.portablefn.conformance.fixtures.PersonStrict;
import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.fixtures.ScheduleEcho;
import io.portablefn.conformance.fixtures.ServiceBusEcho;
import io.portablefn.conformance.fixtures.StorageEcho;
import io.portablefn.conformance.fixtures.TopicEcho;
import io.portablefn.conformance.fixtures.TraceEcho;
import io.portablefn.conformance.fixtures.TraceQueueEcho;
import io.portablefn.conformance.fixtures.TraceServiceBusEcho;
import io.portablefn.conformance.fixtures.TypedClicks;
import io.portablefn.conformance.fixtures.TypedOrders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run covers: its HTTP cases, its event cases and the known-gap ledger that applies to
 * them. Built from portablefn's own catalogue and from case files of the user's, which name the
 * user's function classes; used by both entry points ({@code ConformanceTest} and
 * {@code ConformanceMain}).
 */
public record Suite(List<HttpCase> cases, List<EventCase> eventCases, KnownGaps gaps) {

    /** Where the built-in HTTP catalogue lives on the classpath. */
    public static final String BUILT_IN_CASES = "io/portablefn/conformance/cases/http";

    /** Where the built-in event catalogue lives on the classpath. */
    public static final String BUILT_IN_EVENT_CASES = "io/portablefn/conformance/cases/events";

    /** The fixture functions the built-in cases name. */
    public static final List<Class<?>> FIXTURES = List.of(Binary.class, Bug.class, Cookies.class, Echo.class,
            Empty.class, Greet.class, Orders.class, Overrun.class, QueueEcho.class, ServiceBusEcho.class,
            TopicEcho.class, TypedOrders.class, OrderedQueue.class, StorageEcho.class, ScheduleEcho.class,
            FailingSchedule.class, FileTree.class, FileReadme.class, FileVersion.class, HeaderInjection.class,
            ContentTypeEcho.class, PersonRecord.class, PersonPojo.class, PersonStrict.class, OneArgument.class,
            TraceEcho.class, TraceQueueEcho.class, TraceServiceBusEcho.class, ChangeEcho.class, ClickStream.class,
            TypedClicks.class);

    public Suite {
        cases = List.copyOf(cases);
        eventCases = List.copyOf(eventCases);
        Map<String, String> ids = new HashMap<>();
        cases.forEach(c -> unique(ids, c.id(), c.source()));
        eventCases.forEach(c -> unique(ids, c.id(), c.source()));
    }

    /** A suite of HTTP cases only. */
    public Suite(List<HttpCase> cases, KnownGaps gaps) {
        this(cases, List.of(), gaps);
    }

    private static void unique(Map<String, String> ids, String id, String source) {
        String other = ids.putIfAbsent(id, source);
        if (other != null) {
            throw new CaseFileException("Two cases have the id '" + id + "' (" + other + " and " + source
                    + "); case ids must be unique in a run");
        }
    }

    /** portablefn's own catalogue, HTTP and event cases, with its ledgers. */
    public static Suite builtIn() {
        ClassLoader loader = Suite.class.getClassLoader();
        Builder builder = new Builder();
        builder.add(CaseFiles.loadClasspath(BUILT_IN_CASES, loader, FIXTURES));
        builder.add(CaseFiles.loadClasspath(BUILT_IN_EVENT_CASES, loader, FIXTURES));
        return builder.gaps(KnownGaps.builtIn().plus(KnownGaps.builtInEvents())).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects cases and ledgers from several places into one suite. */
    public static final class Builder {

        private final List<HttpCase> cases = new ArrayList<>();
        private final List<EventCase> eventCases = new ArrayList<>();
        private KnownGaps gaps = KnownGaps.none();

        private Builder() {
        }

        public Builder builtIn() {
            Suite builtIn = Suite.builtIn();
            cases.addAll(builtIn.cases());
            eventCases.addAll(builtIn.eventCases());
            gaps = gaps.plus(builtIn.gaps());
            return this;
        }

        /** Every case file, HTTP or event, in a classpath directory. */
        public Builder classpathCases(String directory, ClassLoader loader, List<Class<?>> functions) {
            return add(CaseFiles.loadClasspath(directory, loader, functions));
        }

        /** Every case file, HTTP or event, in a directory. */
        public Builder directoryCases(Path directory, List<Class<?>> functions) {
            return add(CaseFiles.loadDirectory(directory, functions));
        }

        private Builder add(CaseFiles.Cases read) {
            cases.addAll(read.http());
            eventCases.addAll(read.events());
            return this;
        }

        public Builder gaps(KnownGaps more) {
            gaps = gaps.plus(more);
            return this;
        }

        public Suite build() {
            if (cases.isEmpty() && eventCases.isEmpty()) {
                throw new CaseFileException("The suite has no cases: name a case directory, or include the built-in"
                        + " catalogue");
            }
            return new Suite(cases, eventCases, gaps);
        }
    }
}
