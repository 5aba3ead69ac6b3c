package io.portablefn.conformance.suite;

import io.portablefn.conformance.fixtures.Binary;
import io.portablefn.conformance.fixtures.Bug;
import io.portablefn.conformance.fixtures.Cookies;
import io.portablefn.conformance.fixtures.Echo;
import io.portablefn.conformance.fixtures.Empty;
import io.portablefn.conformance.fixtures.Greet;
import io.portablefn.conformance.fixtures.Orders;
import io.portablefn.conformance.fixtures.Overrun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run covers: its cases and the known-gap ledger that applies to them. Built from
 * portablefn's own catalogue and from case files of the user's, which name the user's function
 * classes; used by both entry points ({@code ConformanceTest} and {@code ConformanceMain}).
 */
public record Suite(List<HttpCase> cases, KnownGaps gaps) {

    /** Where the built-in catalogue lives on the classpath. */
    public static final String BUILT_IN_CASES = "io/portablefn/conformance/cases/http";

    /** The fixture functions the built-in cases name. */
    public static final List<Class<?>> FIXTURES = List.of(Binary.class, Bug.class, Cookies.class, Echo.class,
            Empty.class, Greet.class, Orders.class, Overrun.class);

    public Suite {
        cases = List.copyOf(cases);
        Set<String> ids = new HashSet<>();
        for (HttpCase httpCase : cases) {
            if (!ids.add(httpCase.id())) {
                throw new CaseFileException("Two cases have the id '" + httpCase.id() + "' (one is " + httpCase.source()
                        + "); case ids must be unique in a run");
            }
        }
    }

    /** portablefn's own catalogue with its ledger. */
    public static Suite builtIn() {
        return new Suite(CaseFiles.fromClasspath(BUILT_IN_CASES, Suite.class.getClassLoader(), FIXTURES),
                KnownGaps.builtIn());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects cases and ledgers from several places into one suite. */
    public static final class Builder {

        private final List<HttpCase> cases = new ArrayList<>();
        private KnownGaps gaps = KnownGaps.none();

        private Builder() {
        }

        public Builder builtIn() {
            Suite builtIn = Suite.builtIn();
            cases.addAll(builtIn.cases());
            gaps = gaps.plus(builtIn.gaps());
            return this;
        }

        public Builder classpathCases(String directory, ClassLoader loader, List<Class<?>> functions) {
            cases.addAll(CaseFiles.fromClasspath(directory, loader, functions));
            return this;
        }

        public Builder directoryCases(Path directory, List<Class<?>> functions) {
            cases.addAll(CaseFiles.fromDirectory(directory, functions));
            return this;
        }

        public Builder gaps(KnownGaps more) {
            gaps = gaps.plus(more);
            return this;
        }

        public Suite build() {
            if (cases.isEmpty()) {
                throw new CaseFileException("The suite has no cases: name a case directory, or include the built-in"
                        + " catalogue");
            }
            return new Suite(cases, gaps);
        }
    }
}
