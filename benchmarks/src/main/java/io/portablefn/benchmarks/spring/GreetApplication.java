package io.portablefn.benchmarks.spring;

import io.portablefn.benchmarks.logic.Greeter;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The same function on Spring Cloud Function, as its AWS guide has it: one {@code Function}
 * bean in a Spring Boot application, run by
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest}, which
 * finds this class through {@code MAIN_CLASS} (environment or system property).
 */
@SpringBootApplication
public class GreetApplication {

    @Bean
    public Function<Greeter.Person, Greeter.Greeting> greet() {
        return Greeter::greet;
    }
}
