package io.portablefn.local;

import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.log.ReadableLog;
import io.portablefn.runtime.cron.Cron;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fires schedule functions on their cron while the server runs, in UTC, as the clouds' timers
 * do. Each schedule waits for its next fire time ({@link Cron#next}), hands the function a
 * {@link ScheduleEvent} for that time, then waits for the one after. Firings of one schedule
 * never overlap (a long run delays the next, like Azure's singleton timer); missed firings are
 * not caught up, and a firing that starts a minute or more late is {@code pastDue}.
 *
 * <p>Time comes from a {@link Clock} and waiting from a {@link Timer}, so tests drive both by
 * hand. The wall clock is checked on every wake-up and no wait is longer than a minute: a
 * laptop that slept does not leave a schedule waiting on a stale delay.
 */
final class ScheduleRunner {

    /** Runs tasks after a delay. */
    interface Timer {
        void after(Duration delay, Runnable task);

        void stop();
    }

    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    static final Duration PAST_DUE_AFTER = Duration.ofMinutes(1);

    private final Map<String, Schedule> schedules = new LinkedHashMap<>();
    private final Clock clock;
    private final Timer timer;
    private final PrintStream log;
    private volatile boolean stopped;

    /** One schedule function, its cron and its next fire time. */
    private static final class Schedule {
        final EventFunction function;
        final Cron cron;
        volatile Instant next;

        Schedule(EventFunction function, Cron cron) {
            this.function = function;
            this.cron = cron;
        }
    }

    /**
     * @param crons schedule functions and the cron each fires on
     * @param timer waits between firings; may be null only when {@code crons} is empty
     */
    ScheduleRunner(Map<EventFunction, Cron> crons, Clock clock, Timer timer, PrintStream log) {
        crons.forEach((function, cron) -> schedules.put(function.name(), new Schedule(function, cron)));
        this.clock = clock;
        this.timer = timer;
        this.log = log;
    }

    /**
     * The schedule functions among {@code events} named in {@code schedules}, each with its cron.
     *
     * @throws IllegalArgumentException if {@code schedules} names something else
     */
    static Map<EventFunction, Cron> crons(List<EventFunction> events, Map<String, Cron> schedules) {
        Map<String, EventFunction> byName = new HashMap<>();
        events.stream().filter(f -> f.kind() == EventFunction.Kind.SCHEDULE).forEach(f -> byName.put(f.name(), f));
        Map<EventFunction, Cron> crons = new LinkedHashMap<>();
        schedules.forEach((name, cron) -> {
            EventFunction function = byName.get(name);
            if (function == null) {
                throw new IllegalArgumentException("A cron is given for '" + name + "', but it is not a schedule"
                        + " function of this server; schedule functions: " + byName.keySet() + ".");
            }
            crons.put(function, cron);
        });
        return crons;
    }

    /** A timer on daemon threads, one per schedule, so a long firing holds up only its own schedule. */
    static Timer daemonTimer(int schedules) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(Math.max(1, schedules), task -> {
            Thread thread = new Thread(task, "portablefn-local-schedule-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new Timer() {
            @Override
            public void after(Duration delay, Runnable task) {
                pool.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                pool.shutdownNow();
            }
        };
    }

    /** Plans the first firing of every schedule. */
    void start() {
        Instant now = clock.instant();
        schedules.values().forEach(schedule -> {
            schedule.next = schedule.cron.next(now);
            arm(schedule);
        });
    }

    /** When the schedule of this function fires next; empty if it is not fired here. */
    Optional<Instant> next(String function) {
        Schedule schedule = schedules.get(function);
        return schedule == null ? Optional.empty() : Optional.ofNullable(schedule.next);
    }

    /** The cron of this function, if it is fired here. */
    Optional<Cron> cron(String function) {
        Schedule schedule = schedules.get(function);
        return schedule == null ? Optional.empty() : Optional.of(schedule.cron);
    }

    /** Stops firing; a firing already running finishes (its thread is interrupted). */
    void stop() {
        stopped = true;
        if (timer != null) {
            timer.stop();
        }
    }

    private void arm(Schedule schedule) {
        Duration wait = Duration.between(clock.instant(), schedule.next);
        wait = wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        try {
            timer.after(wait, () -> wake(schedule));
        } catch (RejectedExecutionException stoppedMeanwhile) {
            // stop() won the race; nothing more to fire.
        }
    }

    private void wake(Schedule schedule) {
        if (stopped) {
            return;
        }
        try {
            Instant due = schedule.next;
            if (clock.instant().isBefore(due)) {
                arm(schedule);
                return;
            }
            String fired = fire(schedule, due);
            Instant now = clock.instant();
            // From the later of "now" and the fire time, so a clock a little behind never fires twice.
            schedule.next = schedule.cron.next(now.isAfter(due) ? now : due);
            log.println(fired + "; next at " + schedule.next);
        } catch (RuntimeException | Error unexpected) {
            synchronized (log) {
                log.println("[portablefn-local] ERROR the schedule of '" + schedule.function.name() + "' failed;"
                        + " it goes on with its next firing");
                unexpected.printStackTrace(log);
            }
            schedule.next = schedule.cron.next(clock.instant());
        }
        if (!stopped) {
            arm(schedule);
        }
    }

    /** Hands the function its firing; returns the log line that says how it went. */
    private String fire(Schedule schedule, Instant due) {
        Instant now = clock.instant();
        EventFunction function = schedule.function;
        ScheduleEvent firing = new ScheduleEvent(UUID.randomUUID().toString(), due,
                !now.isBefore(due.plus(PAST_DUE_AFTER)));
        // The deadline is watched in real time, whatever the clock that decides when to fire.
        InvocationContext context = new InvocationContext(Provider.LOCAL, firing.id(), function.name(),
                Instant.now().plusSeconds(function.timeoutSeconds()), new ReadableLog(log));
        EventOutcome outcome = function.deliver(firing, context);
        return "[portablefn-local] schedule '" + function.name() + "' fired for " + due
                + (firing.pastDue() ? " (past due)" : "") + ": " + outcome.name().toLowerCase(Locale.ROOT)
                + (outcome.redeliver() ? " (a cloud may retry it; here it waits for its next firing)" : "");
    }
}
