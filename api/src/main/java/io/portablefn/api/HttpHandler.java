package io.portablefn.api;

/**
 * A function that takes the whole HTTP request and returns the whole response.
 *
 * <pre>{@code
 * public HttpResponse handle(HttpRequest request, Context context) {
 *     String name = request.query().first("name").orElse("world");
 *     return HttpResponse.ok().text("Hello, " + name);
 * }
 * }</pre>
 *
 * <p>What a throw becomes, identically on every provider: an {@link HttpException} becomes a
 * response with its status and its message as the {@code detail} of an
 * {@code application/problem+json} body (RFC 9457); any other exception becomes a 500 with a
 * problem body that carries no exception message and no stack trace. The stack trace goes to
 * the provider's log.
 */
@FunctionalInterface
public interface HttpHandler {

    /**
     * Handles one request. Called on many threads at once on some clouds.
     *
     * @throws Exception any failure; see the class comment for what the caller then receives
     */
    HttpResponse handle(HttpRequest request, Context context) throws Exception;
}
