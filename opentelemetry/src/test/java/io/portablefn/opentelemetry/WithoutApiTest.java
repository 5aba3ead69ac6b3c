package io.portablefn.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.runtime.InvocationObserver;
import io.portablefn.runtime.PortableFunction;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module deployed without opentelemetry-api: the runtime says so once on standard error and
 * runs functions unobserved, rather than failing every invocation. The runtime and the module
 * are loaded afresh by a loader to which the OpenTelemetry classes do not exist.
 */
class WithoutApiTest {

    @Test
    void theRuntimeReportsTheBrokenModuleAndObservesNothing() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Object observer;
        try (NoOpenTelemetry loader = new NoOpenTelemetry()) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Class<?> functions = loader.loadClass(PortableFunction.class.getName());
            observer = functions.getField("OBSERVER").get(null);
        } finally {
            System.setErr(original);
        }
        assertNull(observer);
        String reported = err.toString(StandardCharsets.UTF_8);
        assertTrue(reported.contains(InvocationObserver.MODULE_CLASS + " is on the classpath but cannot be used")
                && reported.contains("opentelemetry-api"), reported);
    }

    /** Loads portablefn's classes itself (child first); to it, io.opentelemetry does not exist. */
    private static final class NoOpenTelemetry extends URLClassLoader {

        NoOpenTelemetry() throws MalformedURLException {
            super("no-opentelemetry", classPath(), WithoutApiTest.class.getClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!new File(entry).getName().startsWith("opentelemetry-")) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.opentelemetry.")) {
                throw new ClassNotFoundException(name + " (hidden from this test's loader)");
            }
            if (!name.startsWith("io.portablefn.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
