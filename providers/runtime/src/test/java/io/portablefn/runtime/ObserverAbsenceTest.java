package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without the portablefn-opentelemetry module a cold invocation pays for the hook with one
 * failed class lookup and nothing else: the hook's own types are never loaded. The runtime runs
 * a whole typed invocation ({@link IsolatedInvocation}) in a loader of its own that writes down
 * every class it is asked for.
 */
class ObserverAbsenceTest {

    @Test
    void aColdInvocationAsksForTheModuleOnceAndLoadsNoHookType() throws Exception {
        try (CountingLoader loader = new CountingLoader()) {
            Method run = loader.loadClass(IsolatedInvocation.class.getName()).getDeclaredMethod("run");
            run.setAccessible(true);
            assertEquals("200 {\"orderId\":\"o-1\",\"total\":750,\"gift\":true}", run.invoke(null));

            assertEquals(List.of(InvocationObserver.MODULE_CLASS), loader.asked("io.portablefn.opentelemetry."));
            assertEquals(1, loader.times(InvocationObserver.MODULE_CLASS), "the module is looked up once only");
            for (Class<?> hook : List.of(InvocationObserver.class, InvocationObserver.Invocation.class,
                    ObserverGuard.class)) {
                assertFalse(loader.loaded(hook.getName()), hook.getName() + " was loaded without the module");
            }
            assertTrue(loader.loaded(HttpFunction.class.getName()), "the control: the loader ran the runtime");
        }
    }

    /** Loads the project's classes itself (child first) and remembers every name it was asked for. */
    private static final class CountingLoader extends URLClassLoader {
        private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        CountingLoader() throws MalformedURLException {
            super("counting-runtime", classPath(), ObserverAbsenceTest.class.getClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
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

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        long times(String name) {
            synchronized (asked) {
                return asked.stream().filter(name::equals).count();
            }
        }

        List<String> asked(String prefix) {
            synchronized (asked) {
                return asked.stream().filter(name -> name.startsWith(prefix)).distinct().toList();
            }
        }
    }
}
