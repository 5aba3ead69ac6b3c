package io.portablefn.samples.spring;

import io.portablefn.conformance.Conformance;
import io.portablefn.conformance.ConformanceTest;

/**
 * The conformance suite on the bridged Spring beans, on every target: the five AWS front doors,
 * AWS's runtime client, Azure, GCP in process and on Google's invoker, and the local server. The
 * in-process targets share one Spring context; aws-ric and gcp-invoker start one per function
 * class in their own JVMs, as each cloud instance would.
 */
@Conformance(functions = {Uppercase.class, Greeting.class}, cases = "conformance/cases")
class SpringConformanceTest extends ConformanceTest {
}
