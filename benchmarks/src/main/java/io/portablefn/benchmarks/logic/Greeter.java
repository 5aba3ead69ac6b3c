package io.portablefn.benchmarks.logic;

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
}
