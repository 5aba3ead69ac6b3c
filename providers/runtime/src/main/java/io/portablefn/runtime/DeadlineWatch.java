package io.portablefn.runtime;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Interrupts a handler that is still running when its invocation's deadline (less a margin) has
 * passed, so that it can be answered with the same 504 on every cloud before the cloud itself
 * stops it. Only blocking code notices an interrupt (sleep, I/O, locks); a busy loop runs on
 * until the cloud's own timeout, whose answer differs per cloud (docs/mapping.md).
 *
 * <p>Cheap on the hot path: each thread owns one reusable {@link Slot}, so entering and leaving
 * an invocation are two atomic writes; one daemon thread, started on first use, checks the
 * running slots every {@value #TICK_MILLIS} ms.
 */
final class DeadlineWatch {

    static final long TICK_MILLIS = 25;

    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int INTERRUPTING = 2;
    private static final int TIMED_OUT = 3;

    private static final Queue<Slot> SLOTS = new ConcurrentLinkedQueue<>();
    private static final ThreadLocal<Slot> OWN = ThreadLocal.withInitial(DeadlineWatch::register);
    private static volatile Thread watchdog;

    private DeadlineWatch() {
    }

    /** Marks the current thread as running an invocation that must end by {@code expiresAtMillis}. */
    static Slot enter(long expiresAtMillis) {
        Slot slot = OWN.get();
        slot.expiresAtMillis = expiresAtMillis;
        slot.state.set(RUNNING);
        return slot;
    }

    /**
     * The margin kept before a deadline so the answer leaves before the cloud stops the
     * invocation: a tenth of the timeout, at least 250 ms and at most one second.
     */
    static long marginMillis(int timeoutSeconds) {
        return Math.max(250, Math.min(1000, timeoutSeconds * 100L));
    }

    private static Slot register() {
        Slot slot = new Slot(Thread.currentThread());
        SLOTS.add(slot);
        startWatchdog();
        return slot;
    }

    private static synchronized void startWatchdog() {
        if (watchdog == null) {
            Thread thread = new Thread(DeadlineWatch::watch, "portablefn-deadline-watch");
            thread.setDaemon(true);
            thread.start();
            watchdog = thread;
        }
    }

    private static void watch() {
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.currentTimeMillis();
            for (Slot slot : SLOTS) {
                if (!slot.thread.isAlive()) {
                    SLOTS.remove(slot);
                } else if (slot.state.get() == RUNNING && now >= slot.expiresAtMillis
                        && slot.state.compareAndSet(RUNNING, INTERRUPTING)) {
                    slot.thread.interrupt();
                    slot.state.set(TIMED_OUT);
                }
            }
        }
    }

    /** One thread's invocation state. */
    static final class Slot {
        private final Thread thread;
        private final AtomicInteger state = new AtomicInteger(IDLE);
        private volatile long expiresAtMillis;

        private Slot(Thread thread) {
            this.thread = thread;
        }

        /**
         * Ends the invocation. Returns true when the deadline passed and the thread was
         * interrupted; the interrupt is then cleared, so that it never reaches the next call.
         */
        boolean exit() {
            if (state.compareAndSet(RUNNING, IDLE)) {
                return false;
            }
            while (state.get() == INTERRUPTING) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            state.set(IDLE);
            return true;
        }
    }
}
