package io.portablefn.runtime;

import io.portablefn.api.Context;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.TypedHttpHandler;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One HTTP function as the processor describes it, and the pipeline that runs it. Every
 * provider decodes its native event into an {@link HttpRequest}, calls {@link #invoke}, and
 * encodes the {@link HttpResponse} it gets back, so the contract's rules (routing, binding,
 * error mapping) live here once. Immutable and thread-safe.
 */
public final class HttpFunction implements PortableFunction {

    private final String name;
    private final int timeoutSeconds;
    private final PathTemplate path;
    private final Set<HttpMethod> methods;
    // Checked on every request: an array walk allocates no iterator.
    private final HttpMethod[] allowed;
    private final HttpHandler handler;
    private final InvocationObserver observer; // null: nobody watches (the usual case)

    private HttpFunction(String name, int timeoutSeconds, PathTemplate path, Set<HttpMethod> methods,
            HttpHandler handler, InvocationObserver observer) {
        this.name = name;
        this.timeoutSeconds = timeoutSeconds;
        this.path = path;
        this.methods = Collections.unmodifiableSet(EnumSet.copyOf(methods));
        this.allowed = this.methods.toArray(new HttpMethod[0]);
        this.handler = handler;
        this.observer = observer;
    }

    /** A function that handles the raw request. */
    public static HttpFunction raw(String name, int timeoutSeconds, String path, Set<HttpMethod> methods,
            HttpHandler handler) {
        return new HttpFunction(name, timeoutSeconds, PathTemplate.parse(path), methods, handler, OBSERVER);
    }

    /** A function whose JSON body is bound to {@code bodyType} and whose result is JSON. */
    public static <I, O> HttpFunction typed(String name, int timeoutSeconds, String path, Set<HttpMethod> methods,
            TypedHttpHandler<I, O> handler, BodyType<I> bodyType) {
        return new HttpFunction(name, timeoutSeconds, PathTemplate.parse(path), methods,
                new TypedAdapter<>(handler, bodyType), OBSERVER);
    }

    /**
     * This function watched by {@code observer} instead of the installed {@link #OBSERVER}; null
     * for none. For tests and hand-made definitions.
     */
    public HttpFunction observedBy(InvocationObserver observer) {
        return new HttpFunction(name, timeoutSeconds, path, methods, handler, ObserverGuard.of(observer));
    }

    public String name() {
        return name;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public PathTemplate path() {
        return path;
    }

    public Set<HttpMethod> methods() {
        return methods;
    }

    /**
     * Runs the function on a decoded request: matches path and method, calls the handler and
     * maps what it returns or throws. Never throws; JSON bodies come back encoded.
     */
    public HttpResponse invoke(HttpRequest request, Context context) {
        Map<String, String> parameters = path.match(request.path());
        if (parameters == null) {
            return Problems.response(404, "No function answers " + request.method() + " " + request.path() + ".");
        }
        if (!allows(request.method())) {
            return methodNotAllowed(request.method(), methods);
        }
        return call(request.withPathParameters(parameters), context);
    }

    /**
     * Calls the handler on a request already routed here, with path parameters set; used by
     * the local server, which routes among many functions.
     */
    public HttpResponse call(HttpRequest routed, Context context) {
        InvocationObserver.Invocation observed = observer == null ? null : observer.started(this, routed, context);
        DeadlineWatch.Slot watch = DeadlineWatch.enter(
                context.deadline().toEpochMilli() - DeadlineWatch.marginMillis(timeoutSeconds));
        HttpResponse response = null;
        Throwable failure = null;
        try {
            response = encodeJson(handler.handle(routed, context));
        } catch (HttpException declared) {
            response = Problems.of(declared);
        } catch (Throwable thrown) {
            failure = thrown;
        }
        HttpResponse answer = watch.exit() ? timedOut(routed, context)
                : failure == null ? response : failed(routed, context, failure);
        if (observed != null) {
            observed.answered(answer, failure);
        }
        return answer;
    }

    private HttpResponse failed(HttpRequest routed, Context context, Throwable failure) {
        context.logger().error("Function '" + name + "' failed on " + routed.method() + " "
                + routed.path() + " (invocation " + context.invocationId() + ")", failure);
        return Problems.internalError(context.invocationId());
    }

    // The deadline (less a margin) passed while the handler ran: whatever it did after the
    // interrupt, the cloud is about to stop it, so every cloud gives the same 504 now.
    private HttpResponse timedOut(HttpRequest routed, Context context) {
        context.logger().warn("Function '" + name + "' ran past its deadline on " + routed.method() + " "
                + routed.path() + " (invocation " + context.invocationId() + ") and was interrupted");
        return Problems.response(504, "The function did not finish within its timeout of " + timeoutSeconds
                + " s.");
    }

    /** True if the trigger accepts this method. */
    public boolean allows(String method) {
        for (HttpMethod one : allowed) {
            if (one.name().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** The 405 answer, with the Allow header listing what is accepted. */
    public static HttpResponse methodNotAllowed(String method, Set<HttpMethod> allowed) {
        StringJoiner list = new StringJoiner(", ");
        allowed.forEach(m -> list.add(m.name()));
        HttpResponse problem = Problems.response(405, "Method " + method + " is not allowed here; use " + list + ".");
        return problem.toBuilder().header("allow", list.toString()).jsonBytes(problem.body());
    }

    private HttpResponse encodeJson(HttpResponse response) throws Exception {
        if (response == null) {
            throw new IllegalStateException("Function '" + name + "' returned no HttpResponse (null)");
        }
        if (!response.hasPendingJson()) {
            return response;
        }
        return response.toBuilder().jsonBytes(Json.write(response.jsonValue()));
    }

    @Override
    public String toString() {
        return name + " " + methods + " " + path;
    }

    /** Binds the body, calls the typed handler, and wraps its result. */
    private static final class TypedAdapter<I, O> implements HttpHandler {
        private final TypedHttpHandler<I, O> handler;
        private final BodyType<I> bodyType;

        TypedAdapter(TypedHttpHandler<I, O> handler, BodyType<I> bodyType) {
            this.handler = handler;
            this.bodyType = bodyType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HttpResponse handle(HttpRequest request, Context context) throws Exception {
            I body = bodyType.isVoid() ? null : (I) Json.readBody(request.body(), bodyType.type());
            O result = handler.handle(body, request, context);
            // Encoded here, once, rather than as a pending JSON value re-built by encodeJson.
            return result == null ? HttpResponse.noContent() : HttpResponse.ok().jsonBytes(Json.write(result));
        }

    }
}
