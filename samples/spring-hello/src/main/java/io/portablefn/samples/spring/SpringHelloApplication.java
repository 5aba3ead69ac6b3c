package io.portablefn.samples.spring;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An ordinary Spring Cloud Function application: two function beans, as a Spring user has them
 * today. {@link Uppercase} and {@link Greeting} put them behind portablefn's entry points; the
 * portable functions {@link Hello} and {@link Greet} are in this context's FunctionCatalog too.
 */
@SpringBootApplication
public class SpringHelloApplication {

    /** Text in, text out; the portable bridge binds and writes it as a JSON string. */
    @Bean
    public Function<String, String> uppercase() {
        return text -> text.toUpperCase(Locale.ROOT);
    }

    /** A record in, a record out; a blank name fails with a message the caller must never see. */
    @Bean
    public Function<Person, Salutation> greeting() {
        return person -> {
            if (person.name() == null || person.name().isBlank()) {
                throw new IllegalArgumentException("blank name (db-password=hunter2)");
            }
            return new Salutation("Hello, " + person.name() + ", from Spring");
        };
    }

    /** A person to greet. */
    public record Person(String name) {
    }

    /** A greeting. */
    public record Salutation(String greeting) {
    }
}
