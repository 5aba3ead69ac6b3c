package io.portablefn.api;

/**
 * A declared HTTP error: thrown from a handler, it becomes a response with {@link #status()}
 * and an {@code application/problem+json} body (RFC 9457) whose {@code detail} is this
 * exception's message, the same on every provider. The message is public: write it for the
 * caller. Any other exception becomes a 500 that shows nothing of it.
 *
 * <pre>{@code
 * throw HttpException.notFound("No order 42");
 * }</pre>
 */
public class HttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status a 4xx or 5xx status
     * @param detail the public message, sent to the caller
     */
    public HttpException(int status, String detail) {
        // A declared error is an answer, not a fault: no stack trace to fill or log.
        super(detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An HttpException status must be 400 to 599, got " + status);
        }
        this.status = status;
    }

    public static HttpException of(int status, String detail) {
        return new HttpException(status, detail);
    }

    public static HttpException badRequest(String detail) {
        return new HttpException(400, detail);
    }

    public static HttpException unauthorized(String detail) {
        return new HttpException(401, detail);
    }

    public static HttpException forbidden(String detail) {
        return new HttpException(403, detail);
    }

    public static HttpException notFound(String detail) {
        return new HttpException(404, detail);
    }

    public static HttpException conflict(String detail) {
        return new HttpException(409, detail);
    }

    public int status() {
        return status;
    }
}
