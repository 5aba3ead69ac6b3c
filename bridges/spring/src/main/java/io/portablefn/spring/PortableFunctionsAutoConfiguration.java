package io.portablefn.spring;

import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.HttpFunction;
import java.util.logging.Logger;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.context.annotation.Bean;

/**
 * Makes every portable function of the application a Spring Cloud Function bean, named by its
 * {@code @Function} name, so that {@code FunctionCatalog.lookup("greet")} finds it and Spring's
 * own web and stream adapters can serve it. The functions come from the index the processor
 * wrote at compile time ({@link FunctionIndex}); nothing is scanned.
 *
 * <p>Each bean is a {@code Function<Message<byte[]>, Message<byte[]>>}: the message carries an
 * HTTP request in and the function's whole HTTP response out (status, headers, cookies, body),
 * see {@link PortableMessages} for the header names. A portable function whose name is already a
 * bean of the context is left out, and said so in the log: that is how a {@link SpringFunction}
 * bridge, named like the bean it delegates to, keeps the bean itself in the catalog.
 *
 * <p>On whenever the index is on the classpath; leave it out with
 * {@code spring.autoconfigure.exclude=io.portablefn.spring.PortableFunctionsAutoConfiguration}.
 */
@AutoConfiguration
// FunctionIndex.INDEX_FILE, spelled out: an annotation needs a constant.
@ConditionalOnResource(resources = "classpath:META-INF/services/io.portablefn.runtime.FunctionSource")
public class PortableFunctionsAutoConfiguration {

    /** Registers the beans; static, as a registry post-processor must be created before any other bean. */
    @Bean
    static BeanDefinitionRegistryPostProcessor portableFunctionRegistrar() {
        return PortableFunctionsAutoConfiguration::register;
    }

    private static void register(BeanDefinitionRegistry registry) {
        Logger log = Logger.getLogger(PortableFunctionsAutoConfiguration.class.getName());
        ClassLoader loader = PortableFunctionsAutoConfiguration.class.getClassLoader();
        for (HttpFunction function : FunctionIndex.load(loader)) {
            if (registry.containsBeanDefinition(function.name())) {
                log.info("Portable function '" + function.name() + "' is not added to the Spring context: it already"
                        + " has a bean of that name, which stays what the FunctionCatalog finds");
                continue;
            }
            RootBeanDefinition definition = new RootBeanDefinition(PortableFunctionBean.class,
                    () -> new PortableFunctionBean(function));
            registry.registerBeanDefinition(function.name(), definition);
        }
    }
}
