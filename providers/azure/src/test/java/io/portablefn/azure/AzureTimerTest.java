package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.testkit.azure.WorkerContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timer firings: the scheduled time and IsPastDue from the host's TimerInfo, and outcomes. */
class AzureTimerTest {

    private static final Cron WEEKDAYS = Cron.parse("30 2 * * MON-FRI");
    private final AtomicReference<ScheduleEvent> seen = new AtomicReference<>();

    private AzureEventAdapter adapter(Instant now, boolean fail) {
        EventFunction function = EventFunction.schedule("nightly", 30, (event, context) -> {
            seen.set(event);
            if (fail) {
                throw new IllegalStateException("handler's own words");
            }
        });
        return new AzureEventAdapter(function, WEEKDAYS, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static WorkerContext context() {
        return new WorkerContext("inv-9", "nightly", Logger.getLogger("test"));
    }

    private static String timerInfo(String status, boolean pastDue) {
        return "{\"Schedule\":{\"AdjustForDST\":true},\"ScheduleStatus\":" + status + ",\"IsPastDue\":" + pastDue + "}";
    }

    @Test
    void theScheduledTimeIsTheStatusNextOccurrence() {
        adapter(Instant.parse("2025-01-06T02:30:00.300Z"), false).timer(timerInfo("{\"Last\":\"2025-01-03T02:30:00+00:00\","
                + "\"Next\":\"2025-01-06T02:30:00+00:00\",\"LastUpdated\":\"2025-01-03T02:30:00+00:00\"}", false), context());
        assertEquals(new ScheduleEvent("inv-9", Instant.parse("2025-01-06T02:30:00Z"), false), seen.get());
    }

    @Test
    void aPastDueRunCarriesTheMissedOccurrence() {
        // The app was down on Monday morning; at start-up on Tuesday the host runs Monday's firing.
        adapter(Instant.parse("2025-01-07T09:00:00Z"), false).timer(timerInfo("{\"Last\":\"2025-01-03T02:30:00\","
                + "\"Next\":\"2025-01-06T02:30:00\",\"LastUpdated\":\"2025-01-03T02:30:00\"}", true), context());
        assertEquals(new ScheduleEvent("inv-9", Instant.parse("2025-01-06T02:30:00Z"), true), seen.get());
    }

    @Test
    void withoutAStatusTheScheduledTimeIsTheLatestFireTime() {
        adapter(Instant.parse("2025-01-06T02:31:10Z"), false).timer(timerInfo("null", false), context());
        assertEquals(Instant.parse("2025-01-06T02:30:00Z"), seen.get().scheduledTime());
        // A firing a moment early still counts as the occurrence it is for.
        adapter(Instant.parse("2025-01-07T02:29:59.400Z"), false).timer("{\"IsPastDue\":false}", context());
        assertEquals(Instant.parse("2025-01-07T02:30:00Z"), seen.get().scheduledTime());
        assertFalse(seen.get().pastDue());
    }

    @Test
    void aFailedFiringThrowsOurMessage() {
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter(Instant.parse("2025-01-06T02:30:00Z"), true)
                .timer(timerInfo("{\"Next\":\"2025-01-06T02:30:00+00:00\"}", false), context()));
        assertEquals("Function 'nightly' did not complete schedule firing 'inv-9' (scheduled 2025-01-06T02:30:00Z);"
                + " the host runs it again as the function's retry policy says; the schedule goes on.", failure.getMessage());
    }

    @Test
    void aValueThatIsNotTimerInfoIsUndecodable() {
        AzureEventAdapter adapter = adapter(Instant.parse("2025-01-06T02:30:00Z"), false);
        assertTrue(assertThrows(EventFailure.class, () -> adapter.timer("[]", context())).getMessage()
                .contains("not the host's TimerInfo JSON"));
        assertTrue(assertThrows(EventFailure.class, () -> adapter.timer(timerInfo("{\"Next\":\"soon\"}", false), context()))
                .getMessage().contains("ScheduleStatus.Next"));
        assertTrue(assertThrows(EventFailure.class, () -> adapter.timer("{\"IsPastDue\":\"yes\"}", context()))
                .getMessage().contains("IsPastDue"));
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
        "30 2 * * MON-FRI, 2025-01-06T02:30:00Z,     2025-01-06T02:30:00Z",
        "30 2 * * MON-FRI, 2025-01-06T02:29:59.999Z, 2025-01-03T02:30:00Z",
        "30 2 * * MON-FRI, 2025-01-05T12:00:00Z,     2025-01-03T02:30:00Z",
        "*/15 * * * *,     2025-01-01T00:14:59Z,     2025-01-01T00:00:00Z",
        "* * * * *,        2025-01-01T00:00:30Z,     2025-01-01T00:00:00Z",
        "0 0 29 2 *,       2027-06-01T00:00:00Z,     2024-02-29T00:00:00Z",
        "@yearly,          2025-01-01T00:00:00Z,     2025-01-01T00:00:00Z",
    })
    void latestFireTimeAtOrBefore(String cron, String at, String expected) {
        Instant latest = FireTimes.latestAtOrBefore(Cron.parse(cron), Instant.parse(at));
        assertEquals(Instant.parse(expected), latest);
        // It is a fire time, and the next one is after `at`.
        assertEquals(latest, Cron.parse(cron).next(latest.minusSeconds(60)));
        assertTrue(Cron.parse(cron).next(latest).isAfter(Instant.parse(at)));
    }
}
