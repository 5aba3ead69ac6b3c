package io.portablefn.azure;

import io.portablefn.runtime.cron.Cron;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The latest fire time of a schedule at or before an instant, which {@link Cron} (forward only)
 * does not offer: the timer's JSON does not always say which occurrence is firing.
 */
final class FireTimes {

    // Cron.next finds a fire time within 8 years (29 February); nine years back is always enough.
    private static final long SEARCH_MINUTES = 366L * 9 * 24 * 60;

    private FireTimes() {
    }

    /**
     * The latest whole minute at or before {@code at} on which {@code cron} fires. next(x) is
     * monotonic in x, and the wanted minute f is the smallest x with next(x) after {@code at}: for
     * x from f up to {@code at} nothing fires after x until past {@code at}, and for x before f,
     * next(x) is at most f. So a binary search over minutes finds it with about 22 calls.
     */
    static Instant latestAtOrBefore(Cron cron, Instant at) {
        Instant end = at.truncatedTo(ChronoUnit.MINUTES);
        long low = 0; // minutes before `end`; low..high brackets the answer
        long high = SEARCH_MINUTES;
        // Invariant: next(end - low) is after `at` (true for low = 0 since next is strictly after
        // `end`'s minute), and next(end - high) is not (some fire time lies within the window).
        if (!cron.next(end.minus(high, ChronoUnit.MINUTES)).isAfter(at)) {
            while (high - low > 1) {
                long mid = (low + high) >>> 1;
                if (cron.next(end.minus(mid, ChronoUnit.MINUTES)).isAfter(at)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return end.minus(low, ChronoUnit.MINUTES);
        }
        throw new IllegalStateException("'" + cron + "' never fired in the nine years before " + at);
    }
}
