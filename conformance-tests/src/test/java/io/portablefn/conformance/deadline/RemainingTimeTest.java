package io.portablefn.conformance.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.Targets;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Context.remainingTime()} counts down from the function's declared timeout on every
 * target: from Lambda's own deadline on AWS (through the real runtime client, from the Runtime
 * API's Lambda-Runtime-Deadline-Ms) (configured with the declared timeout), from the
 * invocation's start elsewhere (docs/mapping.md, "Context"). The bound below leaves three
 * seconds for a slow machine; it checks a value the context computed, not how long anything took.
 */
class RemainingTimeTest {

    private static final long DECLARED_MILLIS = 42_000;

    static Stream<Target> targets() {
        return Targets.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void remainingTimeStartsFromTheDeclaredTimeout(Target target) throws Exception {
        try (target) {
            WireResponse answer = target.send(RemainingTime.class, WireRequest.get("/remaining-time"));
            assertEquals(200, answer.status(), answer::toString);
            long remaining = Long.parseLong(answer.bodyAsString());
            assertTrue(remaining <= DECLARED_MILLIS && remaining > DECLARED_MILLIS - 3_000,
                    () -> target.name() + " reported " + remaining + " ms left of a 42 s timeout");
        }
    }
}
