package io.portablefn.conformance.generated;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.runtime.HttpFunction;

/**
 * Finds what the processor generated beside a function class, by the naming rule of
 * {@code FunctionModel.generatedClass}: {@code com.acme.Greet} has {@code com.acme.Greet_AwsHandler},
 * {@code Greet_AzureFunction}, {@code Greet_GcpFunction} and {@code Greet_PortableFunction};
 * a nested class's names are joined with {@code _}.
 */
public final class GeneratedClasses {

    public static final String AWS = "AwsHandler";
    public static final String AZURE = "AzureFunction";
    public static final String GCP = "GcpFunction";
    public static final String DEFINITION = "PortableFunction";

    private GeneratedClasses() {
    }

    /** The binary name of the generated class with this suffix. */
    public static String name(Class<?> functionClass, String suffix) {
        String pkg = functionClass.getPackageName();
        String simple = pkg.isEmpty() ? functionClass.getName() : functionClass.getName().substring(pkg.length() + 1);
        return (pkg.isEmpty() ? "" : pkg + ".") + simple.replace('$', '_') + "_" + suffix;
    }

    /**
     * Loads the generated class with this suffix.
     *
     * @throws TargetCannotRun naming the class and the likely cause: a target without its entry
     *     point cannot run the case, which fails it (never a skip)
     */
    public static Class<?> load(Class<?> functionClass, String suffix) {
        String name = name(functionClass, suffix);
        try {
            return Class.forName(name, true, functionClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new TargetCannotRun("No generated entry point " + name + " for " + functionClass.getName()
                    + ": is the portablefn processor, with the generator of this provider, on the annotation"
                    + " processor path, and is the class annotated @Function?", e);
        }
    }

    /** The function's definition, {@code Xxx_PortableFunction.FUNCTION}. */
    public static HttpFunction function(Class<?> functionClass) {
        try {
            return (HttpFunction) load(functionClass, DEFINITION).getField("FUNCTION").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The definition of " + functionClass.getName() + " has no FUNCTION field", e);
        }
    }
}
