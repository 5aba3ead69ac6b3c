package io.portablefn.conformance;

import io.portablefn.api.Provider;

/**
 * One place a portable function runs: a cloud's event shape or runtime. A target turns a
 * {@link WireRequest} into exactly what that cloud would hand the function's generated entry
 * point, calls that entry point as the cloud would, and turns the native result back into the
 * {@link WireResponse} a client would receive, reproducing what the cloud itself does to
 * requests and responses on the way (documented on each target).
 */
public interface Target extends AutoCloseable {

    /** A short stable name, such as {@code aws-http-api-v2}. */
    String name();

    /**
     * The provider a function running here must report ({@code Context.provider()}): a case's
     * expected JSON writes {@code "<provider>"} for it, and each target checks its own.
     */
    Provider provider();

    /**
     * Sends one request to the function whose user class is {@code functionClass} (the class
     * annotated {@code @Function}); its generated entry points sit beside it.
     */
    WireResponse send(Class<?> functionClass, WireRequest request) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
