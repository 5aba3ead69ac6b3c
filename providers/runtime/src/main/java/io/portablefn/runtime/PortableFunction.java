package io.portablefn.runtime;

/**
 * A function as the processor describes it: an {@link HttpFunction} or an {@link EventFunction}.
 * Each kind holds the contract's rules for its trigger, so providers only decode and encode.
 */
public sealed interface PortableFunction permits HttpFunction, EventFunction {

    /**
     * The observer of every portable function's invocations: the portablefn-opentelemetry
     * module's when it is on the classpath, else null. Looked up once, by one {@code
     * Class.forName} of {@link InvocationObserver#MODULE_CLASS}, when the first function is
     * defined; no scanning, and when the module is absent no class is loaded for it.
     */
    InvocationObserver OBSERVER = installedObserver();

    /** The {@code @Function} name. */
    String name();

    /** The declared timeout, in seconds. */
    int timeoutSeconds();

    private static InvocationObserver installedObserver() {
        Class<?> found;
        try {
            found = Class.forName(InvocationObserver.MODULE_CLASS, true, PortableFunction.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return null;
        } catch (LinkageError broken) {
            return unusable(broken);
        }
        try {
            return ObserverGuard.of((InvocationObserver) found.getConstructor().newInstance());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError broken) {
            return unusable(broken);
        }
    }

    // No function's logger exists yet; stderr reaches every cloud's log.
    private static InvocationObserver unusable(Throwable broken) {
        System.err.println("portablefn: " + InvocationObserver.MODULE_CLASS + " is on the classpath but cannot be"
                + " used, so invocations are not observed (is opentelemetry-api deployed with it?): " + broken);
        return null;
    }
}
