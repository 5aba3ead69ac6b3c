package io.portablefn.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Configures a {@link ConformanceTest}: which function classes its cases may name, where the
 * case files are, and which targets run them.
 *
 * <pre>{@code
 * @Conformance(functions = {GetOrder.class, PutOrder.class}, cases = "conformance/cases")
 * class OrdersConformanceTest extends ConformanceTest {
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Conformance {

    /** The {@code @Function} classes the case files name (by simple or full class name). */
    Class<?>[] functions() default {};

    /**
     * Classpath directories of case files, HTTP and event cases alike, e.g. {@code conformance/cases}
     * for {@code src/test/resources/conformance/cases}.
     */
    String[] cases() default {};

    /**
     * A classpath resource holding your known-gap ledger (a JSON array of target, case, cause and
     * observed difference); none by default.
     */
    String knownGaps() default "";

    /** Also run portablefn's own catalogue (its fixture functions ship in the suite's jar). */
    boolean builtInCases() default false;

    /**
     * Names of the targets to run on: HTTP targets ({@link Targets#names()}) for HTTP cases and
     * event targets ({@code EventTargets.names()}) for event cases; every target when empty. This
     * is an explicit exclusion of the others: the headline lists them as not selected. A target
     * that is selected but cannot run a case fails it.
     */
    String[] targets() default {};

    /** The report's file name under target/conformance; the test class's simple name when empty. */
    String report() default "";
}
