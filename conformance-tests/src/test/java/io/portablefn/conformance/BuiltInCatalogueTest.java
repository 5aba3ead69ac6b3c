package io.portablefn.conformance;

/**
 * portablefn's own catalogue on every target, through the same JUnit entry point users extend,
 * so the entry point is tested for real. Writes target/conformance/built-in-catalogue.md and .html.
 */
@Conformance(builtInCases = true, report = "built-in-catalogue")
class BuiltInCatalogueTest extends ConformanceTest {
}
