package io.portablefn.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Reads the function index the processor wrote. Zero entries is an error that says how to get
 * one; two functions with one name is an error naming both.
 */
public final class FunctionIndex {

    public static final String INDEX_FILE = "META-INF/services/" + FunctionSource.class.getName();

    private FunctionIndex() {
    }

    /** Every function in the index: HTTP and event functions, in index order. */
    public static List<PortableFunction> loadAll(ClassLoader loader) {
        List<PortableFunction> functions = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (FunctionSource source : ServiceLoader.load(FunctionSource.class, loader)) {
            PortableFunction function = source.function();
            String previous = owners.put(function.name(), source.getClass().getName());
            if (previous != null) {
                throw new IllegalStateException("Two functions are named '" + function.name() + "': "
                        + previous + " and " + source.getClass().getName() + ". Function names must be unique.");
            }
            functions.add(function);
        }
        if (functions.isEmpty()) {
            throw new IllegalStateException("No portable functions found: no " + INDEX_FILE
                    + " on the classpath. Put io.portablefn:portablefn-processor on the annotation processor"
                    + " path and annotate a class with @Function and a trigger such as @HttpTrigger.");
        }
        return functions;
    }

    /** The HTTP functions in the index (possibly none, when the project has only event functions). */
    public static List<HttpFunction> load(ClassLoader loader) {
        return only(HttpFunction.class, loadAll(loader));
    }

    /** The event functions in the index (possibly none). */
    public static List<EventFunction> loadEvents(ClassLoader loader) {
        return only(EventFunction.class, loadAll(loader));
    }

    private static <F extends PortableFunction> List<F> only(Class<F> kind, List<PortableFunction> all) {
        List<F> chosen = new ArrayList<>();
        for (PortableFunction function : all) {
            if (kind.isInstance(function)) {
                chosen.add(kind.cast(function));
            }
        }
        return chosen;
    }
}
