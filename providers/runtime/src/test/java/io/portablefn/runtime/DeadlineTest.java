package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();

    private InvocationContext contextEndingIn(long millis) {
        return new InvocationContext(Provider.LOCAL, "inv-1", "fn", Instant.now().plusMillis(millis), logger);
    }

    @Test
    void aHandlerBlockedPastItsDeadlineIsInterruptedAndAnswered504() {
        AtomicBoolean interrupted = new AtomicBoolean();
        HttpFunction sleeper = HttpFunction.raw("sleeper", 1, "/", EnumSet.of(HttpMethod.GET), (r, c) -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return HttpResponse.ok().text("late");
        });
        HttpResponse response = sleeper.invoke(HttpRequest.builder().build(), contextEndingIn(1000));
        assertEquals(504, response.status());
        assertTrue(response.bodyAsString().contains("did not finish within its timeout of 1 s"));
        assertTrue(interrupted.get());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt must not outlive the call");
        assertTrue(logger.lines.get(0).contains("ran past its deadline"));
    }

    @Test
    void aHandlerThatFinishesInTimeIsNotInterruptedLater() throws InterruptedException {
        HttpFunction quick = HttpFunction.raw("quick", 1, "/", EnumSet.of(HttpMethod.GET),
                (r, c) -> HttpResponse.ok().text("on time"));
        assertEquals(200, quick.invoke(HttpRequest.builder().build(), contextEndingIn(150)).status());
        Thread.sleep(3 * DeadlineWatch.TICK_MILLIS + 150);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptForAnotherReasonIsAFailureNotATimeout() {
        HttpFunction interrupted = HttpFunction.raw("interrupted", 60, "/", EnumSet.of(HttpMethod.GET), (r, c) -> {
            throw new InterruptedException("shutdown");
        });
        assertEquals(500, interrupted.invoke(HttpRequest.builder().build(), contextEndingIn(60_000)).status());
    }

    @Test
    void theMarginIsATenthOfTheTimeoutFrom250MillisToOneSecond() {
        assertEquals(250, DeadlineWatch.marginMillis(1));
        assertEquals(300, DeadlineWatch.marginMillis(3));
        assertEquals(1000, DeadlineWatch.marginMillis(10));
        assertEquals(1000, DeadlineWatch.marginMillis(900));
    }
}
