package io.portablefn.spring;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The Spring application contexts that {@link SpringFunction}s delegate to: one per application
 * class per JVM, started on first use and then shared by every function and thread. Starting is
 * serialised (a cloud instance rarely has more than one application class, and two threads must
 * never start the same one twice); lookups after that take no lock.
 */
final class SpringContexts {

    private static final Logger LOG = Logger.getLogger(SpringContexts.class.getName());
    static final String DEFINITION_PROPERTY = "spring.cloud.function.definition";

    private static final Map<Class<?>, ConfigurableApplicationContext> STARTED = new ConcurrentHashMap<>();

    private SpringContexts() {
    }

    /**
     * The function {@code definition} names in {@code application}'s catalog (null: the context's
     * {@value #DEFINITION_PROPERTY}), starting the context if this JVM has not yet.
     */
    static Function<Object, Object> function(Class<?> application, String definition) {
        ConfigurableApplicationContext context = context(application);
        String name = definition != null ? definition : context.getEnvironment().getProperty(DEFINITION_PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("No Spring function named for " + application.getName() + ": pass the bean"
                    + " name to the SpringFunction constructor, or set " + DEFINITION_PROPERTY
                    + " in the application's properties");
        }
        FunctionCatalog catalog = context.getBean(FunctionCatalog.class);
        Function<Object, Object> function = catalog.lookup(Function.class, name);
        if (function == null) {
            throw new IllegalStateException("The Spring context of " + application.getName() + " has no function '"
                    + name + "'; its functions are " + new TreeSet<>(catalog.getNames(Function.class))
                    + ". A SpringFunction delegates to a java.util.function.Function bean (not a Supplier or Consumer).");
        }
        return function;
    }

    static String describe(String definition) {
        return definition == null ? "(" + DEFINITION_PROPERTY + ")" : definition;
    }

    private static ConfigurableApplicationContext context(Class<?> application) {
        ConfigurableApplicationContext context = STARTED.get(application);
        return context != null ? context : start(application);
    }

    private static synchronized ConfigurableApplicationContext start(Class<?> application) {
        ConfigurableApplicationContext context = STARTED.get(application);
        if (context != null) {
            return context;
        }
        long began = System.nanoTime();
        SpringApplication spring = new SpringApplication(application);
        // Functions only: the cloud's front door is the HTTP server, so no embedded one starts.
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        // Google's invoker loads the function in a class loader of its own: Spring must read
        // AutoConfiguration.imports and spring.factories through that one, not the thread's.
        spring.setResourceLoader(new DefaultResourceLoader(application.getClassLoader()));
        context = spring.run();
        STARTED.put(application, context);
        LOG.info("Started the Spring context of " + application.getName() + " for portablefn in "
                + (System.nanoTime() - began) / 1_000_000 + " ms");
        return context;
    }
}
