package io.portablefn.conformance.gcp;

import io.portablefn.api.Provider;
import com.google.cloud.functions.HttpFunction;
import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.generated.GeneratedClasses;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google Cloud Functions, in process: builds the request and response objects
 * java-function-invoker 1.4.1 would (see {@link InvokerRequest}, {@link InvokerResponse}) and
 * calls the generated {@code Xxx_GcpFunction.service} as the invoker's servlet does. One entry
 * point instance per function class, shared by all calls, as the invoker keeps one.
 *
 * <p>Like the invoker, a throw out of {@code service} becomes a bare 500, a HEAD answer loses its
 * body, and {@code /favicon.ico} and {@code /robots.txt} never reach the function ({@link InvokerNotFound}).
 * A body over Cloud Run's limit never reaches the invoker ({@link GoogleFrontEnd}).
 * {@link GcpInvokerTarget} runs the same functions on the real invoker.
 */
public final class GcpTarget implements Target {

    private final Map<Class<?>, HttpFunction> entryPoints = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "gcp";
    }

    @Override
    public Provider provider() {
        return Provider.GCP;
    }

    @Override
    public WireResponse send(Class<?> functionClass, WireRequest request) throws Exception {
        GoogleFrontEnd.admit(request);
        if (InvokerNotFound.PATHS.contains(request.rawPath())) {
            return InvokerNotFound.response(request.rawPath());
        }
        HttpFunction entryPoint = entryPoints.computeIfAbsent(functionClass, GcpTarget::instantiate);
        InvokerResponse response = new InvokerResponse();
        try {
            entryPoint.service(invokerRequest(request), response);
        } catch (Exception | LinkageError failure) {
            return new WireResponse(500, Map.of(), List.of(), new byte[0]);
        }
        WireResponse wire = toWire(response);
        // HTTP sends no body in answer to HEAD; Jetty drops whatever the function wrote.
        return request.method().equals("HEAD")
                ? new WireResponse(wire.status(), wire.headers(), wire.cookies(), new byte[0]) : wire;
    }

    /**
     * The invoker's request for what the client sent: raw path and query, header lines as sent
     * except a Content-Type Jetty's parser respells ({@link JettyContentTypes#asParsed}).
     */
    static InvokerRequest invokerRequest(WireRequest wire) {
        InvokerRequest request = new InvokerRequest(wire.method(), wire.rawPath(), wire.rawQuery()).body(wire.body());
        wire.headers().forEach(line -> request.header(line.getKey(), line.getKey().equalsIgnoreCase("content-type")
                ? JettyContentTypes.asParsed(line.getValue()) : line.getValue()));
        return request;
    }

    /** What Jetty sends: the header lines, the content type as Jetty spells it ({@link JettyContentTypes}). */
    static WireResponse toWire(InvokerResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headerLines());
        response.getContentType()
                .ifPresent(type -> headers.put("content-type", List.of(JettyContentTypes.onTheWire(type))));
        return new WireResponse(response.status(), headers, response.cookies(), response.body());
    }

    /** Nothing to release: entry points are plain objects. */
    @Override
    public void close() {
    }

    private static HttpFunction instantiate(Class<?> functionClass) {
        Class<?> type = GeneratedClasses.load(functionClass, GeneratedClasses.GCP);
        try {
            return type.asSubclass(HttpFunction.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }
}
