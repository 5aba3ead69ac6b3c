package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a portable function. The class also carries exactly one trigger annotation
 * ({@link HttpTrigger}, {@link QueueTrigger}, {@link TopicTrigger}, {@link StorageTrigger} or
 * {@link ScheduleTrigger}) and implements the handler interface of that trigger.
 *
 * <pre>{@code
 * @Function(name = "greet")
 * @HttpTrigger(methods = HttpMethod.POST, path = "/greet")
 * public class Greet implements TypedHttpHandler<GreetRequest, Greeting> {
 *     public Greeting handle(GreetRequest body, HttpRequest request, Context context) {
 *         return new Greeting("Hello, " + body.name());
 *     }
 * }
 * }</pre>
 *
 * <p>At compile time the portablefn processor generates the entry point of every provider on
 * its path. The class must be public, top-level (or static nested), and have a public
 * no-argument constructor; one instance serves every invocation, possibly on many threads at
 * once, so it must be thread-safe.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Function {

    /**
     * The function's name, unique in the project: 1 to 60 characters, a letter first, then
     * letters, digits and hyphens ({@code [A-Za-z][A-Za-z0-9-]{0,59}}), so that every cloud
     * accepts it as it is.
     */
    String name();

    /**
     * How long one invocation may run, in seconds (1 to 900). {@link Context#deadline()} is
     * derived from it where the cloud does not give its own deadline.
     */
    int timeoutSeconds() default 60;
}
