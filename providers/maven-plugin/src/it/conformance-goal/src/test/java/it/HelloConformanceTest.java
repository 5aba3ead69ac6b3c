package it;

import io.portablefn.conformance.Conformance;
import io.portablefn.conformance.ConformanceTest;

/** What the user wrote for JUnit 5; Surefire 2.12.4 does not run it. */
@Conformance(functions = Hello.class, cases = "conformance/cases")
class HelloConformanceTest extends ConformanceTest {
}
