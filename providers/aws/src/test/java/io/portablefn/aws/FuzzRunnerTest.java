package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.testkit.fuzz.Fuzz;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fuzz runner the provider properties rely on fails when it should: a broken property, an escaped error, a hang. */
class FuzzRunnerTest {

    @Test
    void aPropertyThatBreaksOnSomeInputFailsNamingTheTryAndSeed() {
        AssertionError failed = assertThrows(AssertionError.class,
                () -> Fuzz.forAll(random -> random.nextInt(10), String::valueOf, n -> assertTrue(n != 3)));
        assertTrue(failed.getMessage().contains("(seed " + Fuzz.seed() + "), input: 3"), failed.getMessage());
    }

    @Test
    void anEscapedErrorFailsTheProperty() {
        assertThrows(AssertionError.class, () -> Fuzz.forAll(random -> 1, String::valueOf, n -> {
            throw new StackOverflowError();
        }));
    }

    @Test
    void aHangFailsInsteadOfBlockingTheBuild() {
        AssertionError hung = assertThrows(AssertionError.class, () -> Fuzz.within(Duration.ofMillis(100), () -> {
            Thread.sleep(10_000);
            return null;
        }));
        assertEquals("the call did not return within PT0.1S", hung.getMessage());
    }
}
