package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} by HTTP. The class implements {@link HttpHandler} (raw request
 * in, response out) or {@link TypedHttpHandler} (JSON body bound to a type).
 *
 * <pre>{@code
 * @Function(name = "get-order")
 * @HttpTrigger(methods = HttpMethod.GET, path = "/orders/{id}")
 * public class GetOrder implements HttpHandler { ... }
 * }</pre>
 *
 * <p>The function answers at {@link #path()} on every cloud; only the base URL differs. A
 * request whose path does not match gets a 404, a request with another method a 405, both as
 * {@code application/problem+json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HttpTrigger {

    /** The methods accepted; at least one. */
    HttpMethod[] methods() default HttpMethod.GET;

    /**
     * The path template: starts with {@code /}, segments separated by {@code /}; a segment is
     * either literal text ({@code A-Z a-z 0-9 - . _ ~}) or a whole-segment parameter such as
     * {@code {id}}. The last segment may be a greedy parameter such as {@code {rest+}}, which
     * takes the rest of the path, slashes included, so that one function owns a subtree:
     * {@code /files/{rest+}} answers {@code /files/a/b.txt} with {@code rest} = {@code a/b.txt},
     * and {@code /files} or {@code /files/} with {@code rest} = {@code ""}. Parameters are read
     * with {@link HttpRequest#pathParameter(String)}, decoded. Where several functions' templates
     * match a path, a literal segment beats a parameter and a parameter beats a greedy one, from
     * the left (docs/mapping.md §1).
     */
    String path();
}
