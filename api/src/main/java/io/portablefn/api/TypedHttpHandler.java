package io.portablefn.api;

/**
 * A function whose JSON request body is bound to {@code I} and whose result {@code O} is
 * written as JSON, with the same Jackson configuration on every provider (docs/mapping.md).
 *
 * <pre>{@code
 * public record GreetRequest(String name) {}
 * public record Greeting(String greeting) {}
 *
 * public Greeting handle(GreetRequest body, HttpRequest request, Context context) {
 *     return new Greeting("Hello, " + body.name());
 * }
 * }</pre>
 *
 * <p>A result is a 200 with an {@code application/json} body; a {@code null} result is a 204
 * with no body. Use {@link Void} as {@code I} for a function that reads no body. A body that is
 * empty, not JSON, or does not fit {@code I} is answered with a 400 problem body before the
 * handler is called. A throw maps as in {@link HttpHandler}.
 *
 * @param <I> the request body type: a record, POJO, collection or {@link Void}
 * @param <O> the response body type
 */
@FunctionalInterface
public interface TypedHttpHandler<I, O> {

    /**
     * Handles one request whose body has already been bound.
     *
     * @throws Exception any failure; see {@link HttpHandler} for what the caller then receives
     */
    O handle(I body, HttpRequest request, Context context) throws Exception;
}
