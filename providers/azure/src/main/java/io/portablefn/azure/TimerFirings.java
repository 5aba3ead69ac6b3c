package io.portablefn.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.cron.Cron;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Decodes the timer trigger's value: the host's TimerInfo as JSON, such as
 * {@code {"Schedule":{...},"ScheduleStatus":{"Last":"...","Next":"...","LastUpdated":"..."},
 * "IsPastDue":false}}.
 *
 * <p>The scheduled time is {@code ScheduleStatus.Next}: the timer listener (TimerListener in
 * azure-webjobs-sdk-extensions) waits for Next, hands the function the status as it was before
 * this run, and only then records the next occurrence; a past-due run at start-up carries the
 * missed occurrence there. ScheduleStatus is null when the schedule monitor is off; then the
 * scheduled time is the latest fire time of the schedule at or before the invocation, allowing
 * for the listener firing up to a second early.
 */
final class TimerFirings {

    // TimerListener may fire just before the scheduled instant (clock skew, "under 1 second").
    private static final long EARLY_FIRING_SECONDS = 2;

    private TimerFirings() {
    }

    /**
     * @param cron the function's schedule, or null when unknown (then the invocation's minute)
     * @throws BindingValues.Unreadable when the value is not TimerInfo JSON
     */
    static ScheduleEvent decode(String value, String invocationId, Cron cron, Instant now)
            throws BindingValues.Unreadable {
        JsonNode info;
        try {
            info = value == null ? null : Json.mapper().readTree(value);
        } catch (JsonProcessingException invalid) {
            info = null;
        }
        if (info == null || !info.isObject()) {
            throw new BindingValues.Unreadable("the timer trigger value is not the host's TimerInfo JSON");
        }
        JsonNode pastDue = info.path("IsPastDue");
        if (!pastDue.isMissingNode() && !pastDue.isBoolean()) {
            throw new BindingValues.Unreadable("IsPastDue in the timer trigger value is not true or false");
        }
        Instant scheduled = next(info.path("ScheduleStatus"));
        if (scheduled == null) {
            Instant at = now.plusSeconds(EARLY_FIRING_SECONDS);
            scheduled = cron == null ? at.truncatedTo(ChronoUnit.MINUTES) : FireTimes.latestAtOrBefore(cron, at);
        }
        return new ScheduleEvent(invocationId, scheduled, pastDue.asBoolean(false));
    }

    // ScheduleStatus.Next, or null when there is no status or it holds .NET's default date.
    private static Instant next(JsonNode status) throws BindingValues.Unreadable {
        JsonNode next = status.path("Next");
        if (!status.isObject() || !next.isTextual()) {
            return null;
        }
        Instant time = BindingValues.instant(next.asText());
        if (time == null) {
            throw new BindingValues.Unreadable("ScheduleStatus.Next in the timer trigger value is not a date and time");
        }
        return time.isBefore(Instant.parse("0002-01-01T00:00:00Z")) ? null : time;
    }
}
