package io.portablefn.conformance.events;

/**
 * One cloud delivering events to event functions: turns a neutral {@link WireEvent} into exactly
 * what that cloud hands the function's generated entry point, calls that entry point as the
 * cloud would (per message or per batch), and reports what the cloud then does. Each target
 * documents the native shapes it builds and where they are taken from. What the function saw
 * reaches the suite's {@link Seen.Watch} by the time {@link #deliver} returns: directly when the
 * function runs in this JVM, relayed from a {@link SeenLog} when it runs in a child JVM.
 */
public interface EventTarget extends AutoCloseable {

    /** A short stable name, such as {@code aws}. */
    String name();

    /**
     * Delivers {@code event} to the function whose user class is {@code functionClass} (the class
     * annotated {@code @Function}); its generated entry points sit beside it.
     *
     * @throws io.portablefn.conformance.TargetCannotRun when this cloud cannot deliver such an
     *     event to such a function at all, or its entry point is missing: the case fails on this
     *     target as "cannot run", with the message as the reason, unless the case excludes the
     *     target ({@code notApplicable}); any other exception fails it too, as a broken target
     */
    Delivery deliver(Class<?> functionClass, WireEvent event) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
