package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a body type strict: a JSON object with a property the type does not have is refused,
 * as a 400 for an HTTP body and as an unbindable message for a queue or topic body, before the
 * handler is called. Without it, unknown properties are ignored, so that clients may send more
 * than a function reads (docs/mapping.md §4, {@code http.typed.unknown}).
 *
 * <pre>{@code
 * @RejectUnknownProperties
 * public record Transfer(String from, String to, long cents) {
 * }
 * }</pre>
 *
 * <p>It applies to the annotated type's own properties, not to the types of its properties:
 * annotate each type that should be strict.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RejectUnknownProperties {
}
