package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.PortableFunction;
import io.portablefn.runtime.cron.Cron;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Firing on the cron, driven by a hand-set clock and a hand-run timer: no sleeping. */
class ScheduleRunnerTest {

    /** A clock the test sets. */
    static final class SetClock extends Clock {
        Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A timer whose tasks the test runs; it records each delay asked for. */
    static final class HandTimer implements ScheduleRunner.Timer {
        final Deque<Runnable> pending = new ArrayDeque<>();
        final List<Duration> delays = new ArrayList<>();
        boolean stopped;

        @Override
        public void after(Duration delay, Runnable task) {
            delays.add(delay);
            pending.add(task);
        }

        @Override
        public void stop() {
            stopped = true;
        }

        void runNext() {
            pending.removeFirst().run();
        }
    }

    private final SetClock clock = new SetClock(Instant.parse("2026-01-05T10:00:30Z"));
    private final HandTimer timer = new HandTimer();
    private final List<ScheduleEvent> firings = new ArrayList<>();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    private ScheduleRunner runner(String cron, EventFunction function) {
        Map<EventFunction, Cron> crons = new LinkedHashMap<>();
        crons.put(function, Cron.parse(cron));
        return new ScheduleRunner(crons, clock, timer, new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    private EventFunction recording(String name) {
        return EventFunction.schedule(name, 30, (event, context) -> firings.add(event));
    }

    private String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firesAtEachCronTimeWithThatTimeAndPlansTheNext() {
        ScheduleRunner runner = runner("*/15 * * * *", recording("report"));
        runner.start();
        assertEquals(Optional.of(Instant.parse("2026-01-05T10:15:00Z")), runner.next("report"));
        assertEquals(1, timer.pending.size());

        clock.now = Instant.parse("2026-01-05T10:15:00.004Z");
        timer.runNext();
        assertEquals(1, firings.size());
        assertEquals(Instant.parse("2026-01-05T10:15:00Z"), firings.get(0).scheduledTime());
        assertFalse(firings.get(0).pastDue());
        assertEquals(Optional.of(Instant.parse("2026-01-05T10:30:00Z")), runner.next("report"));
        assertEquals(1, timer.pending.size(), "exactly one wake-up planned per schedule");
        assertTrue(log().contains("schedule 'report' fired for 2026-01-05T10:15:00Z: acknowledged; next at 2026-01-05T10:30:00Z"), log());
    }

    @Test
    void waitsAreCappedAtAMinuteAndAnEarlyWakeUpOnlyWaitsAgain() {
        ScheduleRunner runner = runner("0 2 * * *", recording("nightly"));
        runner.start();
        assertEquals(ScheduleRunner.LONGEST_WAIT, timer.delays.get(0));

        clock.now = Instant.parse("2026-01-06T01:59:59.500Z");
        timer.runNext();
        assertTrue(firings.isEmpty());
        assertEquals(Duration.ofMillis(500), timer.delays.get(1));

        clock.now = Instant.parse("2026-01-06T02:00:00Z");
        timer.runNext();
        assertEquals(1, firings.size());
        assertEquals(Optional.of(Instant.parse("2026-01-07T02:00:00Z")), runner.next("nightly"));
    }

    @Test
    void aClockJustBehindTheFireTimeNeverFiresTwice() {
        ScheduleRunner runner = runner("*/15 * * * *", recording("report"));
        runner.start();
        clock.now = Instant.parse("2026-01-05T10:15:00Z");
        timer.runNext();
        clock.now = Instant.parse("2026-01-05T10:14:59.990Z"); // the wall clock stepped back a little
        timer.runNext();
        assertEquals(1, firings.size());
        assertEquals(Optional.of(Instant.parse("2026-01-05T10:30:00Z")), runner.next("report"));
    }

    @Test
    void aLateFiringIsPastDueAndMissedOnesAreNotCaughtUp() {
        ScheduleRunner runner = runner("*/15 * * * *", recording("report"));
        runner.start();
        clock.now = Instant.parse("2026-01-05T11:20:00Z"); // slept through 10:15 to 11:15
        timer.runNext();
        assertEquals(1, firings.size());
        assertEquals(Instant.parse("2026-01-05T10:15:00Z"), firings.get(0).scheduledTime());
        assertTrue(firings.get(0).pastDue());
        assertEquals(Optional.of(Instant.parse("2026-01-05T11:30:00Z")), runner.next("report"));
        assertTrue(log().contains("(past due)"), log());
    }

    @Test
    void aFailingFiringIsLoggedAndTheScheduleGoesOn() {
        EventFunction failing = EventFunction.schedule("flaky", 30, (event, context) -> {
            firings.add(event);
            throw new IllegalStateException("down");
        });
        ScheduleRunner runner = runner("*/15 * * * *", failing);
        runner.start();
        clock.now = Instant.parse("2026-01-05T10:15:00Z");
        timer.runNext();
        clock.now = Instant.parse("2026-01-05T10:30:00Z");
        timer.runNext();
        assertEquals(2, firings.size());
        assertTrue(log().contains("schedule 'flaky' fired for 2026-01-05T10:15:00Z: failed"), log());
    }

    @Test
    void stopEndsTheTimerAndAWakeUpAfterwardsFiresNothing() {
        ScheduleRunner runner = runner("*/15 * * * *", recording("report"));
        runner.start();
        runner.stop();
        assertTrue(timer.stopped);
        clock.now = Instant.parse("2026-01-05T10:15:00Z");
        timer.runNext();
        assertTrue(firings.isEmpty());
        assertTrue(timer.pending.isEmpty());
    }

    @Test
    void theDaemonTimerRunsTasksOnDaemonThreadsUntilStopped() throws Exception {
        ScheduleRunner.Timer daemon = ScheduleRunner.daemonTimer(1);
        CompletableFuture<Boolean> ranOnDaemon = new CompletableFuture<>();
        daemon.after(Duration.ZERO, () -> ranOnDaemon.complete(Thread.currentThread().isDaemon()));
        assertTrue(ranOnDaemon.get(10, TimeUnit.SECONDS));
        daemon.stop();
        assertThrows(RejectedExecutionException.class, () -> daemon.after(Duration.ZERO, () -> { }));
    }

    @Test
    void theServerFiresDeclaredSchedulesAndSaysWhenEachFiresNext() {
        EventFunction nightly = recording("nightly");
        EventFunction manual = EventFunction.schedule("manual", 30, (event, context) -> { });
        List<PortableFunction> functions = List.of(nightly, manual);
        LocalServer server = LocalServer.start(0, functions, Map.of("nightly", Cron.parse("30 2 * * *")),
                ServerSettings.DEFAULT_MAX_BODY_BYTES, System.err, clock, timer);
        try {
            assertEquals(Optional.of(Instant.parse("2026-01-06T02:30:00Z")), server.nextFiring("nightly"));
            assertEquals(Optional.empty(), server.nextFiring("manual"));
            assertEquals(List.of(
                    "POST /_portablefn/events/nightly -> nightly (schedule 30 2 * * *, next 2026-01-06T02:30:00Z)",
                    "POST /_portablefn/events/manual -> manual (schedule, not fired on a timer here)"), server.eventRoutes());
            clock.now = Instant.parse("2026-01-06T02:30:00Z");
            timer.runNext();
            assertEquals(List.of(Instant.parse("2026-01-06T02:30:00Z")), firings.stream().map(ScheduleEvent::scheduledTime).toList());
        } finally {
            server.stop();
        }
        assertTrue(timer.stopped);
    }
}
