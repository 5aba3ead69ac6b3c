package io.portablefn.runtime.elsewhere;

/** A record as users declare them: nested, not public, in their own package. */
public final class Elsewhere {

    private Elsewhere() {
    }

    record Hidden(String name, int count) {
    }

    public static Object hidden(String name, int count) {
        return new Hidden(name, count);
    }
}
