package io.portablefn.benchmarks.logic;

import java.util.Map;

/**
 * The greeting's logic and types, shared by every variant. It depends on nothing, so a
 * hand-written variant's classpath (and Lambda zip) holds no portablefn class.
 */
public final class Greeter {

    private Greeter() {
    }

    /** The request body. */
    public record Person(String name) {
    }

    /** The response body. */
    public record Greeting(String greeting) {
    }

    /**
     * @throws IllegalArgumentException when the name is missing or blank (a 400 in every variant)
     */
    public static Greeting greet(Person person) {
        if (person == null || person.name() == null || person.name().isBlank()) {
            throw new IllegalArgumentException("Give a non-empty \"name\".");
        }
        return new Greeting("Hello, " + person.name());
    }

    /** The request body as a JavaBean (the POJO variants): no-argument constructor, getter, setter. */
    public static final class PersonBean {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** The response body as a JavaBean. */
    public static final class GreetingBean {
        private String greeting;

        public String getGreeting() {
            return greeting;
        }

        public void setGreeting(String greeting) {
            this.greeting = greeting;
        }
    }

    /** The same greeting for the POJO variants. */
    public static GreetingBean greet(PersonBean person) {
        GreetingBean greeting = new GreetingBean();
        greeting.setGreeting(greet(new Person(person == null ? null : person.getName())).greeting());
        return greeting;
    }

    /** The same greeting for the {@code Map} variants: a "name" that is not a string is refused too. */
    public static Map<String, String> greet(Map<String, Object> person) {
        Object name = person == null ? null : person.get("name");
        if (name != null && !(name instanceof String)) {
            throw new IllegalArgumentException("Give a non-empty \"name\".");
        }
        return Map.of("greeting", greet(new Person((String) name)).greeting());
    }
}
