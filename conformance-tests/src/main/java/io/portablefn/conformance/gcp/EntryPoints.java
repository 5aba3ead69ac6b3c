package io.portablefn.conformance.gcp;

/** Where the processor puts a function's GCP entry point: {@code FunctionModel.generatedClass("GcpFunction")}. */
final class EntryPoints {

    private EntryPoints() {
    }

    /** {@code com.acme.Greet} gives {@code com.acme.Greet_GcpFunction}; nested classes join with {@code _}. */
    static String gcpFunction(Class<?> functionClass) {
        String pkg = functionClass.getPackageName();
        String simple = pkg.isEmpty() ? functionClass.getName() : functionClass.getName().substring(pkg.length() + 1);
        return (pkg.isEmpty() ? "" : pkg + ".") + simple.replace('$', '_') + "_GcpFunction";
    }
}
